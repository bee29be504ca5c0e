"""Read: a page given as bytes, text or a path, to text and a guess of what it is.

The first stage. ``source.load`` reads the path and limits the size, ``decode`` finds the
encoding (declarations, byte order marks, the bytes themselves) and refuses what is no
page (images, PDFs, binary data); ``source`` then tells HTML from a text dump by the text.
``arguments`` checks the keyword arguments of ``clean`` and ``clean_many``, one small check
each, raising an ArgumentError that names the argument.
"""
