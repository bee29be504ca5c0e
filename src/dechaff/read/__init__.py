"""Read: a page given as bytes, text or a path, to text and a guess of what it is.

The first stage.

- ``source``: reads the path or file object, limits the size, and tells HTML from a text
  dump by the text.
- ``decode``: finds the encoding (declarations, byte order marks, the bytes themselves) and
  decodes, or refuses what is no page.
- ``sniff``: what the bytes are before any charset: binary data (images, PDFs, archives),
  a byte order mark, UTF-16/32 without one.
- ``charsets``: the charsets a page declares, and the codec a browser reads each with.
- ``detect``: a charset guessed by charset-normalizer when nothing declared fits, and
  whether a GB18030 reading is Chinese text (when the guess is a single-byte codepage).
- ``arguments``: checks the keyword arguments of ``clean`` and ``clean_many``, one small
  check each, raising an ArgumentError that names the argument.
"""
