"""Core: what every stage of the pipeline shares, and nothing that runs a stage.

- ``blocks``: the :class:`Block`, one visual line or paragraph of a page.
- ``features``: script-aware text measures (a CJK character counts as a word).
- ``tree``: the page's containers and the hints a block inherits from them.
- ``dates``: dates and times read from text (forms: ``date_forms``, meaning: ``date_rules``).
- ``screen``: strings every match of a pattern holds, to skip patterns that cannot match.
- ``any_match``: one cheap test of a text for a few patterns (joined, or screened).
- ``native``: loads the optional C extensions, when they were built.
"""
