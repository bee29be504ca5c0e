"""Metadata: the article's fields, from the page's markup and from its labelled lines.

The fourth stage, after the labeller.

What the markup says (HTML pages):

- ``markup``: the :class:`~.markup.Markup` record and ``read()``, which gathers the sources below.
- ``markup_text``: the text kept from elements and attributes: collapsed, cut short, each once.
- ``jsonld``: JSON-LD (schema.org ``Article`` and its kin, ``@graph`` and lists).
- ``meta_tags``: ``<meta>`` tags: OpenGraph, Twitter, Dublin Core and the rest, by name.
- ``microdata``: ``itemprop`` microdata and RDFa schema.org properties.
- ``markup_dates``: ``<time>`` elements and the dates inline scripts assign.
- ``markup_elements``: the ``<title>``, the ``<h1>`` headings, elements naming the author.
- ``markup_trail``: breadcrumb trails marked up as such.
- ``markup_links``: ``rel=prev/next``, ``rel=canonical/license/image_src`` and ``rel=tag``
  links, and a link's href found by its text.
- ``markup_types``: the schema.org types (JSON-LD, microdata, RDFa) and og:type the page declares.

The fields (markup and visible lines):

- ``page``: the :class:`~.page.Page` view every field reads, and the helpers they share.
- ``trail``: breadcrumbs, category, site name, a page title's site suffix.
- ``title_pieces``: the pieces a page title is cut into, the forms it takes without a site.
- ``title_lines``: the lines of the page's head that show a form: the headline's line.
- ``title``: the headline's candidates in order of trust.
- ``zone``: where the byline sits: under the headline, at the article's edges.
- ``published``: the publication time: dated candidates, their ranks and the choice.
- ``people``: person names, the author and the authors' names.
- ``outlet``: the source: a source label's outlet, a government page's issuing body, a
  self-media account.
- ``posts``: writers no byline line names: a forum's or a blog's first post head, the
  ``<title>``'s credit or blogger.
- ``modified``: the last-updated time, from the publication time's candidates.
- ``views``: the view counter.
- ``links``: the previous and next article links, urls resolved.
- ``page_cues``: the page-type cues as data: schema.org types, og:type and url words, prices.
- ``page_signals``: the signals a page type is read from, measured once per page.
- ``page_type``: the page's type (article, forum, listing, ...) from the weighed cues.
- ``comment_cues``: a comments section's headings, buttons and reply form, and name lines.
- ``comments``: the user comments as records (author, time, text), from the comment blocks.
- ``summary``: the page's description, its keywords and tags, its licence.
- ``addresses``: the canonical url and the lead image, resolved.
- ``checks``: the check every candidate of a field (author, source, summary, tags,
  addresses, modified, licence) passes before it is kept.
- ``title_check``: the title's check: site names cut off a candidate, the site's name alone
  dropped.
- ``site_check``: the site name's check: a section after the site, markup, a url, a date or
  a home link dropped.
- ``fields``: the :class:`~.fields.Fields` record and ``extract()``, which calls them all.
"""

from __future__ import annotations

from .fields import Fields, extract

__all__ = ["Fields", "extract"]
