# Patterns that hold in every language. See dechaff/lexicon.py for the format.

[copyright max=60]
©|\(c\)\s*(?:19|20)\d\d|copyright\b|\ball rights reserved\b

[navigation max=6]
^[<«‹←]+\s*\S.*$
^.*\S\s*[>»›→]+$
^\d(?:\s*\d)+\s*$
^[|·•/\s]+$

[navigation max=16]
# page numbers: four or more small numbers and nothing else ("1 2 3 4 5 6 7 8")
^\d{1,3}(?:\s+\d{1,3}){3,15}$

[metadata max=30]
# a line that opens with a date is the article's dateline or a listing's
^[\[(（【]?\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}
^[\[(（【]?\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d\d

[metadata max=16]
^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b
^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b
^\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b

[breadcrumb max=40]
# a trail of at least three short items joined by arrows: Home > News > World
^(?:[^>»›＞]{1,30}[>»›＞]){2,}[^>»›＞]{0,60}$
