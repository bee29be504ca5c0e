# German boilerplate patterns. See dechaff/lexicon.py for the format.
# Field patterns (Veröffentlicht am, Autor) live in en.lex beside the English ones.

[breadcrumb at=start max=60]
sie sind hier\s*:?
(?:aktuelle )?position\s*:

[navigation at=start max=30]
(?:zurück|weiter) zu(?:r|m)? (?:übersicht|liste|startseite|seite|artikel|anfang)\b
(?:nächster|vorheriger|voriger|älterer|neuerer) (?:artikel|beitrag|eintrag|post)\b
zum (?:inhalt|hauptinhalt|seitenanfang|anfang)(?: springen)?\b
(?:nach oben|seitenanfang|zurück|weiterlesen|mehr lesen|alle anzeigen|mehr anzeigen|menü|suche|startseite|anmelden|einloggen|abmelden|registrieren|bilder? anzeigen|wird geladen\s*(?:…|\.\.\.)?)$
^seite \d+ von \d+$
^bild (?:anzeigen|schließen)(?: bild (?:anzeigen|schließen))?$|^zum vergrößern\b

[copyright max=60]
alle rechte vorbehalten
\bhaftungsausschluss\b|\bhaftungshinweis\b
(?:nachdruck|vervielfältigung|weiterverbreitung)\b.{0,40}\b(?:nur|nicht|untersagt|gestattet)\b

[credit max=40]
^\(?(?:foto|fotos|bild|bilder|abbildung|grafik|quelle|beitragsbild|titelbild|symbolbild|titelfoto|bildquelle|fotoquelle|bildnachweis)s?\s*(?::|via\b|von\b|©)
^beitragsbild$|^symbolbild$|^titelbild$
^bild via\b
# a caption that ends with its photo credit
\b(?:foto|fotos|bild|bildquelle)\s*:\s*[^:!?]{1,60}\)?$

[share max=20]
^(?:teilen|artikel teilen|beitrag teilen|seite teilen|jetzt teilen|teilen auf|teilen per|teilen mit|sharen mit|per e-?mail (?:teilen|versenden)|drucken|(?:artikel|rezept|seite|beitrag) drucken|mit freunden teilen)\b.{0,30}$
^(?:möchten sie|willst du) (?:den|diesen) (?:artikel|beitrag) teilen\??$
^folgen sie uns\b|^folge uns\b

[comments max=30]
^\d+\s+kommentare?$|^kommentare?\s*(?:\(\d+\))?$|^(?:kommentar(?:e)? (?:schreiben|verfassen|anzeigen|lesen)|jetzt kommentieren|kommentieren)\b
\b(?:schreib|verrat|erzähl|teil)(?:t|e|en sie|t uns)?\b.{0,30}\bin den kommentaren\b|\bschreibe(?:n sie)? einen kommentar\b|\b(?:sie müssen|du musst) (?:sich |dich )?(?:einloggen|angemeldet sein|anmelden)\b.{0,40}\b(?:kommentar|diskussion)|\bantwort abbrechen\b|\bkommentar abschicken\b|\bdeine e-?mail-adresse wird nicht veröffentlicht\b|\bihre e-?mail-adresse wird nicht veröffentlicht\b

[related max=20 prose=no]
^(?:mehr zum thema|weitere themen|weitere artikel|weitere beiträge|ähnliche (?:artikel|beiträge|themen)|verwandte (?:artikel|beiträge|themen)|(?:das|dies(?:es)?)(?: thema)? könnte (?:sie|dich|euch) (?:auch )?interessieren|auch interessant|lesen sie auch|lies auch|zum weiterlesen|weiterführende (?:links|artikel|informationen)|meistgelesen|meist gelesen|beliebte (?:artikel|beiträge)|neueste (?:artikel|beiträge)|empfehlungen|top-?themen|mehr (?:aus|von|zu|über)|weitere (?:informationen|nachrichten|meldungen|videos))\b.*$
^(?:weiterlesen|mehr dazu|auch interessant|lesen sie (?:auch|mehr))\s*:

[ad max=40]
^(?:anzeige|werbung|gesponsert|sponsored)$
^[\[(]\s*(?:anzeige|werbung|affiliate-link|partnerlink)\s*[\])]
^(?:push-)?benachrichtigung(?:en)? (?:aktivieren|erlauben|einschalten)\b
\bnewsletter (?:abonnieren|bestellen|anmelden)\b|\bjetzt (?:abonnieren|anmelden|registrieren)\b|\babonnieren sie (?:unseren|unsere|jetzt)\b
\b(?:diese website|wir) (?:verwendet|verwenden|nutzt|nutzen) cookies\b|\bcookies? (?:akzeptieren|zulassen)\b
\bwählen sie ihren zugang\b|\bjetzt weiterlesen mit\b|\bunterstützen sie (?:uns|unsere arbeit|diese form)\b

[metadata max=25 prose=no]
^(?:verfasst von|geschrieben von|autor(?:in)?:?)\s+\S
^von\s+\S+(?:\s+\S+){0,3}$
^(?:veröffentlicht|aktualisiert|erschienen|zuletzt aktualisiert|stand|datum)\s*(?:am|:)?\s*\S
^(?:eingeordnet unter|getaggt mit|markiert mit|schlagwörter|schlagworte|kategorien?|themen)\s*:?\s
^(?:eingeordnet unter|getaggt mit|markiert mit|schlagwörter|schlagworte)\s*:?$
^lesezeit\s*:?|^\d+\s+min(?:uten)?\.?\s+lesezeit$
^(?:bewerten|gefällt mir)\s*:?$

[footer max=30 prose=no]
\b(?:impressum|datenschutz(?:erklärung)?|kontakt|agb|nutzungsbedingungen|über uns|barrierefreiheit|mediadaten|karriere|cookie-einstellungen)\b
