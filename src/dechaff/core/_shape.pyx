# cython: language_level=3, cdivision=True
"""The measure of a block's text (features.shape_of_python's TextShape) in one pass over its
characters; features.py's patterns are the reference, and this gives the same results.
Also the sums over the container tree that the page type reads (page_signals.repeated's
pure-Python twin) and the hints blocks inherit from their containers (tree.block_hints'),
which loop over every container of the page; and two scans of a page's
text for dates: the lines core.dates' pre-check passes, and the places in a script where a
quoted date may start (markup_dates), each the twin of a pure-Python one."""

from cpython.mem cimport PyMem_Free, PyMem_Malloc
from cpython.ref cimport Py_INCREF
from cpython.tuple cimport PyTuple_New, PyTuple_SET_ITEM
from libc.stdlib cimport qsort
from cpython.unicode cimport Py_UNICODE_ISALNUM, Py_UNICODE_ISDECIMAL, Py_UNICODE_ISSPACE
from libc.string cimport memset

# What the module offers; dechaff.core.native loads a build whose number it expects.
INTERFACE = 6

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


cdef struct _Node:
    Py_ssize_t count, units, post, items, found, found_body, posts
    bint linked, text, dated, all_body


def repeated(
    list blocks, list parents, set dated, set body, Py_ssize_t short_line,
    Py_ssize_t teaser_text, Py_ssize_t post_text, Py_ssize_t teaser_max, Py_ssize_t max_count,
):
    """page_signals.repeated's (teasers, in body, posts): each container's sums are final
    when the walk from the last node up reaches it, and go to its parent's counts then."""
    cdef Py_ssize_t size = len(parents), node, parent, units
    cdef _Node* nodes = <_Node*>PyMem_Malloc(max(size, 1) * sizeof(_Node))
    if nodes is NULL:
        raise MemoryError()
    memset(nodes, 0, max(size, 1) * sizeof(_Node))
    cdef _Node* at
    cdef _Node* up
    cdef bint found
    cdef Py_ssize_t teasers = 0, in_body = 0, posts = 0
    try:
        for node in range(size):
            nodes[node].all_body = True
        for block in blocks:
            node = block.node
            if not 0 <= node < size:
                continue
            at = &nodes[node]
            units = block.units
            at.count += 1
            at.units += units
            if block.link_density >= 0.5:
                at.linked = at.linked or 2 <= units <= short_line
            else:
                at.text = at.text or units >= teaser_text
                if units > short_line:
                    at.post += units
            at.dated = at.dated or block.index in dated
            at.all_body = at.all_body and block.index in body
        for node in range(size - 1, -1, -1):  # children are numbered after their parents
            parent = parents[node]
            at = &nodes[node]
            if not at.count or parent < 0:
                continue
            up = &nodes[parent]
            found = at.units <= teaser_max and at.count <= max_count and at.linked and at.text
            up.items += 1
            up.found += found
            up.found_body += found and at.all_body
            up.posts += at.dated and at.post >= post_text
            up.count += at.count
            up.units += at.units
            up.post += at.post
            up.linked = up.linked or at.linked
            up.text = up.text or at.text
            up.dated = up.dated or at.dated
            up.all_body = up.all_body and at.all_body
        for node in range(size):
            at = &nodes[node]
            if at.items >= 3:
                teasers = max(teasers, at.found)
                in_body = max(in_body, at.found_body)
                posts = max(posts, at.posts)
    finally:
        PyMem_Free(nodes)
    return teasers, in_body, posts


cdef extern from "Python.h":
    int PyUnicode_KIND(object text)
    void* PyUnicode_DATA(object text)
    Py_UCS4 PyUnicode_READ(int kind, void* data, Py_ssize_t index) nogil


cdef inline bint _digit(Py_UCS4 c) noexcept:
    """[0-9\\uff10-\\uff19]: an ASCII or a full-width digit."""
    return (48 <= c <= 57) or (0xFF10 <= c <= 0xFF19)


cdef bint _holds(str text, bint yearless):
    """Whether dates._HOLDS_YEAR (or _HOLDS_YEARLESS) finds something in text."""
    cdef Py_ssize_t n = len(text), i
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 c, third
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if c == 0x5E74 or (yearless and c == 0x6708):  # 年, 月
            return True
        if not _digit(c) or i + 1 >= n or not _digit(PyUnicode_READ(kind, data, i + 1)):
            continue
        if i + 3 < n and _digit(PyUnicode_READ(kind, data, i + 2)):
            if _digit(PyUnicode_READ(kind, data, i + 3)):
                return True  # four digits
        if yearless and i + 4 < n:  # two digits, a hyphen, two digits
            third = PyUnicode_READ(kind, data, i + 2)
            if (
                (third == 45 or third == 0xFF0D)
                and _digit(PyUnicode_READ(kind, data, i + 3))
                and _digit(PyUnicode_READ(kind, data, i + 4))
            ):
                return True
    return False


def holding_dates(list texts, bint yearless):
    """dates.may_hold_dates_python's positions: the texts its pre-check pattern finds
    something in, in order."""
    cdef list found = []
    cdef Py_ssize_t position
    for position in range(len(texts)):
        if _holds(texts[position], yearless):
            found.append(position)
    return found


def quoted_century_starts(str text):
    """markup_dates' places where 19 or 20 follows a quote, or a quote and a line break."""
    cdef Py_ssize_t n = len(text), i
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 c, following, before
    cdef list starts = []
    for i in range(1, n - 1):
        c = PyUnicode_READ(kind, data, i)
        if c != 49 and c != 50:  # 1, 2
            continue
        following = PyUnicode_READ(kind, data, i + 1)
        if not ((c == 49 and following == 57) or (c == 50 and following == 48)):  # 19, 20
            continue
        before = PyUnicode_READ(kind, data, i - 1)
        if before == 34 or before == 39:  # " '
            starts.append(i)
        elif before == 10 and i >= 2:  # a line break after a quote
            before = PyUnicode_READ(kind, data, i - 2)
            if before == 34 or before == 39:
                starts.append(i)
    return starts


cdef struct _Box:
    double mass
    Py_ssize_t count, parent, around, last
    bint article, prose


cdef int _by_value(const void* a, const void* b) noexcept nogil:
    cdef Py_ssize_t x = (<Py_ssize_t*>a)[0], y = (<Py_ssize_t*>b)[0]
    return (x > y) - (x < y)


cdef Py_ssize_t _last_of(_Box* boxes, Py_ssize_t size, Py_ssize_t node) noexcept:
    """tree.last_descendant: every node's last filled on the first call."""
    cdef Py_ssize_t child, parent
    if boxes[0].last < 0:
        for child in range(size):
            boxes[child].last = child
        for child in range(size - 1, 0, -1):
            parent = boxes[child].parent
            if parent >= 0 and boxes[child].last > boxes[parent].last:
                boxes[parent].last = boxes[child].last
    return boxes[node].last


def block_hints(
    list blocks, list parents, list hints, list scores, double most_blocks,
    double wrapper_share, double article_share, double nav_prose_mass, double prose_after_score,
    double meta_prose_mass, object navigation, object metadata, object header, object footer,
    object kind_type, object article,
):
    """tree.block_hints_python's (kinds, in_article) per block: the container sums
    (_masses), then the hint each container passes down (_inherited), in flat arrays."""
    cdef Py_ssize_t size = len(parents), n = len(blocks), i, node, parent, around, at
    cdef Py_ssize_t found = 0, low, high, mid
    if len(scores) != n or len(hints) != size:
        raise ValueError("blocks and scores, or parents and hints, differ in length")
    cdef _Box* boxes = <_Box*>PyMem_Malloc(max(size, 1) * sizeof(_Box))
    cdef Py_ssize_t* nodes = <Py_ssize_t*>PyMem_Malloc(max(n, 1) * sizeof(Py_ssize_t))
    cdef Py_ssize_t* prose = <Py_ssize_t*>PyMem_Malloc(max(n, 1) * sizeof(Py_ssize_t))
    cdef double score, total = 0, wrapper_mass, article_mass
    cdef bint in_article, in_prose, first = True
    cdef list kind = [None] * size
    cdef object own, inherited
    cdef _Box* box
    try:
        if boxes is NULL or nodes is NULL or prose is NULL:
            raise MemoryError()
        memset(boxes, 0, max(size, 1) * sizeof(_Box))
        for node in range(size):
            parent = parents[node]
            if parent >= size:
                raise IndexError("a parent outside the tree")
            boxes[node].parent = parent
            boxes[node].around = -1
            boxes[node].last = -1
        for i in range(n):
            node = blocks[i].node
            score = scores[i]
            nodes[i] = node
            if 0 <= node < size:
                boxes[node].count += 1
                if score > 0:
                    boxes[node].mass += score
            if score >= prose_after_score:
                prose[found] = node
                found += 1
        qsort(prose, found, sizeof(Py_ssize_t), _by_value)
        for node in range(size - 1, 0, -1):
            box = &boxes[node]
            if box.count and box.parent >= 0:
                boxes[box.parent].mass += box.mass
                boxes[box.parent].count += box.count
        for node in range(size):
            if boxes[node].parent < 0 and (first or boxes[node].mass > total):
                total = boxes[node].mass
                first = False
        wrapper_mass = wrapper_share * total
        article_mass = article_share * total
        for node in range(size):
            box = &boxes[node]
            if not box.count:
                continue
            parent = box.parent
            own = hints[node]
            if own is None:
                if parent >= 0:
                    kind[node] = kind[parent]
                    box.article = boxes[parent].article
                    box.prose = boxes[parent].prose
                    box.around = boxes[parent].around
                continue
            if parent >= 0:
                inherited = kind[parent]
                in_article = boxes[parent].article
                in_prose = boxes[parent].prose
                around = boxes[parent].around
            else:
                inherited = None
                in_article = in_prose = False
                around = -1
            if (
                own is navigation and not in_prose and in_article
                and box.mass >= nav_prose_mass and around >= 0
            ):
                # _prose_after: a paragraph of prose after the box, inside the article
                at = _last_of(boxes, size, node)
                low, high = 0, found
                while low < high:  # bisect_right
                    mid = (low + high) // 2
                    if at < prose[mid]:
                        high = mid
                    else:
                        low = mid + 1
                if low < found and prose[low] <= _last_of(boxes, size, around):
                    in_prose = True
            if own == article and box.count <= most_blocks:
                in_article = True
                around = node
                if box.mass >= article_mass:
                    inherited = None
            elif (
                isinstance(own, kind_type)
                and not (in_prose and own is navigation)
                and not (own is metadata and box.mass >= meta_prose_mass)
                and (
                    inherited is None
                    or (
                        (inherited is header or inherited is footer)
                        and own is not header
                        and own is not footer
                    )
                )
                and box.mass <= wrapper_mass
            ):
                inherited = own
            kind[node] = inherited
            box.article = in_article
            box.prose = in_prose
            box.around = around
        kinds = PyTuple_New(n)
        in_articles = PyTuple_New(n)
        for i in range(n):
            node = nodes[i]
            if 0 <= node < size:
                own = kind[node]
                in_article = boxes[node].article
            else:
                own = None
                in_article = False
            Py_INCREF(own)
            PyTuple_SET_ITEM(kinds, i, own)
            own = True if in_article else False
            Py_INCREF(own)
            PyTuple_SET_ITEM(in_articles, i, own)
    finally:
        PyMem_Free(boxes)
        PyMem_Free(nodes)
        PyMem_Free(prose)
    return kinds, in_articles
