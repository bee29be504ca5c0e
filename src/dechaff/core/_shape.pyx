# cython: language_level=3, cdivision=True
"""The measure of a block's text (features.shape_of_python's TextShape) in one pass over its
characters; features.py's patterns are the reference, and this gives the same results."""

from cpython.unicode cimport Py_UNICODE_ISALNUM, Py_UNICODE_ISDECIMAL, Py_UNICODE_ISSPACE

# What the module offers; dechaff.core.native loads a build whose number it expects.
INTERFACE = 4

DEF MAX_RANGES = 32
DEF MAX_MARKS = 32

cdef struct _CharSet:
    int count
    Py_UCS4 chars[MAX_MARKS]

cdef int _cjk_count = 0
cdef Py_UCS4 _cjk_low[MAX_RANGES]
cdef Py_UCS4 _cjk_high[MAX_RANGES]
cdef _CharSet _full, _half, _half_after_cjk, _quotes, _after, _ends, _closers
cdef object _TextShape = None


cdef int _fill(_CharSet* chars, str text) except -1:
    if len(text) > MAX_MARKS:
        raise ValueError(f"more than {MAX_MARKS} marks: {text!r}")
    chars.count = len(text)
    cdef int i
    for i in range(chars.count):
        chars.chars[i] = text[i]
    return 0


def configure_shape(
    text_shape, tuple cjk_ranges, str full, str half, str half_after_cjk, str quotes,
    str after, str ends, str closers,
):
    """Give shape() the character classes of features.py and the TextShape it returns."""
    global _cjk_count, _TextShape
    if len(cjk_ranges) > MAX_RANGES:
        raise ValueError(f"more than {MAX_RANGES} CJK ranges")
    cdef int i
    for i, (low, high) in enumerate(cjk_ranges):
        _cjk_low[i] = low
        _cjk_high[i] = high
    _cjk_count = len(cjk_ranges)
    _fill(&_full, full)
    _fill(&_half, half)
    _fill(&_half_after_cjk, half_after_cjk)
    _fill(&_quotes, quotes)
    _fill(&_after, after)
    _fill(&_ends, ends)
    _fill(&_closers, closers)
    _TextShape = text_shape


cdef inline bint _among(Py_UCS4 c, _CharSet* chars) noexcept:
    cdef int i
    for i in range(chars.count):
        if chars.chars[i] == c:
            return True
    return False


cdef inline bint _is_cjk(Py_UCS4 c) noexcept:
    cdef int i
    if c < 0x3040:
        return False
    for i in range(_cjk_count):
        if _cjk_low[i] <= c <= _cjk_high[i]:
            return True
    return False


cdef inline bint _is_letter(Py_UCS4 c) noexcept:
    """[^\\W\\d_] as Python's re reads it."""
    return Py_UNICODE_ISALNUM(c) and not Py_UNICODE_ISDECIMAL(c)


def shape(str text):
    """features.shape_of_python's TextShape, in one pass over the characters."""
    return _shape(text)


cdef object _shape(str text):
    cdef Py_ssize_t n = len(text)
    cdef Py_ssize_t i
    cdef Py_ssize_t cjk = 0, words = 0, punct = 0
    cdef bint in_word = False, is_cjk, word_char, counted
    cdef Py_UCS4 c, before = 0, before2 = 0, following
    cdef bint have_before = False, have_before2 = False
    for i in range(n):
        c = text[i]
        is_cjk = _is_cjk(c)
        if is_cjk:
            cjk += 1
        word_char = not is_cjk and Py_UNICODE_ISALNUM(c)
        if word_char and not in_word:
            words += 1
        in_word = word_char
        if _among(c, &_full):
            punct += 1
        elif have_before and _among(c, &_half):
            counted = _among(c, &_half_after_cjk) and _is_cjk(before)
            if not counted and (
                _is_letter(before)
                or _is_cjk(before)
                or (have_before2 and _is_letter(before2) and (before == " " or _among(before, &_quotes)))
            ):
                if i + 1 == n:
                    counted = True
                else:
                    following = text[i + 1]
                    counted = Py_UNICODE_ISSPACE(following) or _among(following, &_after)
            if counted:
                punct += 1
        before2, have_before2 = before, have_before
        before, have_before = c, True
    # a sentence end: an end mark, then closing quotes or brackets, then spaces
    i = n - 1
    while i >= 0 and Py_UNICODE_ISSPACE(text[i]):
        i -= 1
    while i >= 0 and _among(text[i], &_closers):
        i -= 1
    ends = i >= 0 and _among(text[i], &_ends)
    if _TextShape is None:
        raise RuntimeError("configure_shape() was not called")
    return tuple.__new__(_TextShape, (cjk, words, punct, ends))
