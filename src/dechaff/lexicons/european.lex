# French, Spanish, Portuguese, Italian, Dutch and Polish boilerplate patterns:
# the lines every news and blog page prints. See dechaff/lexicon.py for the format.

[navigation at=start max=30]
(?:lire la suite|voir plus|retour (?:en haut|à l'accueil|à la liste)|article (?:suivant|précédent))\b
(?:leer más|ver más|volver (?:arriba|al inicio)|artículo (?:siguiente|anterior)|noticia (?:siguiente|anterior))\b
(?:leia mais|ver mais|voltar ao topo|próximo artigo|artigo anterior)\b
(?:leggi (?:anche|tutto)|torna (?:su|all'inizio)|articolo (?:successivo|precedente))\b
(?:lees (?:meer|verder)|terug naar boven|volgend artikel|vorig artikel)\b
(?:czytaj (?:dalej|więcej)|wróć do góry|następny artykuł|poprzedni artykuł)\b

[copyright max=60]
tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone

[credit max=40]
^\(?(?:photo|crédit(?:s)? photo|foto|fotografía|imagen|crédito|créditos|créditos de imagem|zdjęcie|fot\.)\s*(?::|©|/)
^\(?(?:crédito|credito|crédit)\s*:
\b(?:foto|crédito|crédit photo|fotografía|zdjęcie)\s*:\s*[^:!?]{1,60}\)?$

[share max=20]
^(?:partager|partagez|compartir|compártelo|compartilhe|compartilhar|condividi|delen|udostępnij)(?:\s+(?:sur|en|no|su|op|na|este|cet|this))*\b.{0,30}$
^(?:s[ií]guenos|suivez-nous|siga-nos|sigam-nos|seguici|volg ons|obserwuj nas)\b

[comments max=30]
^(?:\d+\s+)?(?:commentaires?|comentarios?|comentários?|commenti|reacties|komentarze?)\s*(?:\(\d+\))?$
\b(?:laisser un commentaire|deja un comentario|deixe um comentário|lascia un commento|laat een reactie achter|dodaj komentarz)\b

[related max=20 prose=no]
^(?:à lire aussi|lire aussi|voir aussi|sur le même sujet|articles? (?:liés|similaires|connexes)|les plus lus|dans la même rubrique)\b.*$
^(?:(?:también )?(?:te|le) (?:puede|podría) interesar|puede interesarte|lea (?:también|además|más)|vea (?:también|además)|notas relacionadas|(?:le|te) recomendamos|lee también|ver también|noticias relacionadas|artículos relacionados|lo más leído|más noticias|contexto de la noticia)\b.*$
^(?:lea|mira)\s*:.*$
^(?:leia também|veja também|notícias relacionadas|mais lidas|artigos relacionados)\b.*$
^(?:leggi anche|articoli correlati|potrebbe interessarti|i più letti)\b.*$
^(?:lees ook|gerelateerde artikelen|meest gelezen)\b.*$
^(?:czytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy|najczęściej czytane|podobne artykuły)\b.*$

[ad max=40]
^(?:publicité|publicidad|publicidade|pubblicità|advertentie|reklama)$
\b(?:abonnez-vous|suscríbete|assine|iscriviti|abonneer|zapisz się)\b.{0,40}\b(?:newsletter|boletín|notícias)\b
\b(?:ce site utilise des cookies|este sitio (?:web )?utiliza cookies|este site utiliza cookies|questo sito utilizza (?:i )?cookie|deze website gebruikt cookies|ta strona (?:używa|wykorzystuje) (?:plików )?cookies)\b
