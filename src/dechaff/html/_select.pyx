# cython: language_level=3
"""The markup selection on libxml2's nodes: the elements the markup reader looks at.

The Python branch of select.select is the reference: this gives the same lists, reading the
attributes' bytes where the Python pass asks lxml for each element, its names and values.
Only the elements picked come back as elements.
"""

from libc.string cimport memset, strcmp, strlen, strncmp, strstr
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport _Element, elementFactory, import_lxml__etree
from lxml.includes.tree cimport const_xmlChar, xmlAttr, xmlNode

import_lxml__etree()

include "_next_in.pxi"

# As dechaff.core.native expects of every extension (see _speedups.pyx).
INTERFACE = 6

# The lists an element goes to, as select.py numbers them.
cdef enum:
    TYPED = 1
    ITEM = 2
    REL = 4  # rel on <a>
    LINK = 8  # rel on <link>
    AUTHOR = 16
    TRAIL = 32

# The attributes an element's kinds are read from.
cdef enum:
    OTHER = 0
    CLASS = 1
    IDENT = 2
    ITEMTYPE = 3

DEF MAX_PARTS = 32
DEF LONG_VALUE = 256  # bytes


# Byte strings to look for, indexed by their first byte (bit i: part i starts with it).
cdef struct Parts:
    int count
    const char* text[MAX_PARTS]
    size_t size[MAX_PARTS]
    unsigned int first[256]


# select.py's rules as Parts: which names mark, which parts of class and id are hints.
cdef struct Rules:
    Parts marking
    Parts author_class
    Parts trail_class
    Parts author_id
    Parts trail_id
    Parts trail_type


cdef int _parts(Parts* parts, list kept, tuple strings) except -1:
    """Fill parts with the strings' UTF-8 bytes, which kept holds alive."""
    if len(strings) > MAX_PARTS:
        raise ValueError(f"at most {MAX_PARTS} strings")
    memset(parts, 0, sizeof(Parts))
    cdef bytes data
    for string in strings:
        data = (<str?>string).encode()
        if not data:
            raise ValueError("an empty string")
        kept.append(data)
        parts.text[parts.count] = data
        parts.size[parts.count] = len(data)
        parts.first[<unsigned char>data[0]] |= 1u << parts.count
        parts.count += 1
    return 0


cdef int _find(const Parts* parts, const_xmlChar* name):
    """The number of the part name is, from 1; 0 when it is none of them."""
    cdef unsigned int bits = parts.first[name[0]]
    cdef int i = 0
    while bits:
        if bits & 1 and strcmp(<const char*>name, parts.text[i]) == 0:
            return i + 1
        bits >>= 1
        i += 1
    return 0


cdef bint _holds(const Parts* parts, const_xmlChar* value):
    """Whether value holds one of parts."""
    cdef unsigned int bits
    cdef int i
    if strlen(<const char*>value) > LONG_VALUE:  # libc's strstr skips faster
        for i in range(parts.count):
            if strstr(<const char*>value, parts.text[i]) is not NULL:
                return True
        return False
    while value[0]:
        bits = parts.first[value[0]]
        i = 0
        while bits:
            if bits & 1 and strncmp(<const char*>value, parts.text[i], parts.size[i]) == 0:
                return True
            bits >>= 1
            i += 1
        value += 1
    return False


def select(_Element root, tuple read_tags, tuple rules, kinds_of):
    """What html.select.select picks, in page order: (by tag, items, authors, trails, rels,
    typed).

    ``by tag`` maps each of read_tags to its elements; rules are select.py's strings, and
    kinds_of its reading of an element's kinds, asked of elements with unusual attributes.
    """
    cdef list kept = []
    cdef Parts tags
    cdef Rules c_rules
    _parts(&tags, kept, read_tags)
    marking, author_class, trail_class, author_id, trail_id, trail_type = rules
    _parts(&c_rules.marking, kept, marking)
    _parts(&c_rules.author_class, kept, author_class)
    _parts(&c_rules.trail_class, kept, trail_class)
    _parts(&c_rules.author_id, kept, author_id)
    _parts(&c_rules.trail_id, kept, trail_id)
    _parts(&c_rules.trail_type, kept, trail_type)
    cdef int i
    cdef list by_tag = [[] for _ in read_tags]
    cdef list items = [], authors = [], trails = [], rels = [], links = [], typed = []
    cdef xmlNode* top = root._c_node
    cdef xmlNode* node = top
    cdef int kinds
    cdef _Element element
    while node is not NULL:
        i = _find(&tags, node.name) if node.ns is NULL or node.ns.href is NULL else 0
        element = elementFactory(root._doc, node) if i else None
        if i:
            (<list>by_tag[i - 1]).append(element)
        kinds = _kinds(node, &c_rules) if node.properties is not NULL else 0
        if kinds and element is None:
            element = elementFactory(root._doc, node)
        if kinds < 0:
            kinds = kinds_of(element)
        if kinds:
            if kinds & TYPED:
                typed.append(element)
            if kinds & ITEM:
                items.append(element)
            if kinds & REL:
                rels.append(element)
            if kinds & LINK:
                links.append(element)
            if kinds & AUTHOR:
                authors.append(element)
            if kinds & TRAIL:
                trails.append(element)
        node = _next_in(node, top)
    rels.extend(links)
    return dict(zip(read_tags, by_tag)), items, authors, trails, rels, typed


cdef const_xmlChar* _value(xmlAttr* attr):
    """The attribute's value when it is one text (as the parser gives), else NULL."""
    cdef xmlNode* value = attr.children
    if value is NULL or value.next is not NULL or value.type != tree.XML_TEXT_NODE:
        return NULL
    return value.content


cdef int _kinds(xmlNode* node, const Rules* rules):
    """As select._kinds: the lists the element goes to; -1 when an attribute is unusual."""
    cdef const_xmlChar* cls = <const_xmlChar*>b""
    cdef const_xmlChar* ident = <const_xmlChar*>b""
    cdef const_xmlChar* itemtype = NULL
    cdef bint seen_class = False, seen_id = False
    cdef int marks = 0  # bit n - 1: marking name n
    cdef int found
    cdef xmlAttr* attr = node.properties
    if node.ns is not NULL:  # its tag is {namespace}name
        return -1
    while attr is not NULL:
        if attr.ns is not NULL:
            return -1
        found = _find(&rules.marking, attr.name)
        if found:
            marks |= 1 << (found - 1)
        name = <const char*>attr.name
        if found and strcmp(name, "itemtype") == 0 and itemtype is NULL:
            itemtype = _value(attr)
            if itemtype is NULL:
                return -1
        elif not seen_class and strcmp(name, "class") == 0:
            seen_class = True
            cls = _value(attr)
        elif not seen_id and strcmp(name, "id") == 0:
            seen_id = True
            ident = _value(attr)
        if cls is NULL or ident is NULL:
            return -1
        attr = attr.next
    cdef bint author_class = _holds(&rules.author_class, cls)
    cdef bint trail_class = _holds(&rules.trail_class, cls)
    cdef bint author_id = _holds(&rules.author_id, ident)
    cdef bint trail_id = _holds(&rules.trail_id, ident)
    if not (marks or author_class or trail_class or author_id or trail_id):
        return 0
    return _sort(node, rules, marks, itemtype, author_class or author_id, trail_class or trail_id)


cdef int _sort(
    xmlNode* node, const Rules* rules, int marks, const_xmlChar* itemtype, bint author, bint trail
):
    """The kinds of a marked element, from its marking names (bits of rules.marking)."""
    cdef const char* tag = <const char*>node.name
    cdef int kinds = 0
    if marks & (_bit(rules, "itemtype") | _bit(rules, "typeof")):
        kinds |= TYPED
    if marks & (_bit(rules, "itemprop") | _bit(rules, "property")) and strcmp(tag, "meta"):
        kinds |= ITEM
    cdef bint rel = marks & _bit(rules, "rel")
    if rel and strcmp(tag, "a") == 0:
        kinds |= REL
    elif rel and strcmp(tag, "link") == 0:
        kinds |= LINK
    if rel or author:
        kinds |= AUTHOR
    if (
        trail
        or marks & _bit(rules, "aria-label")
        or (itemtype is not NULL and _holds(&rules.trail_type, itemtype))
    ):
        kinds |= TRAIL
    return kinds


cdef inline int _bit(const Rules* rules, const char* name):
    """The bit of marks that the marking name stands for (0 when it is not one)."""
    cdef int found = _find(&rules.marking, <const_xmlChar*>name)
    return 1 << (found - 1) if found else 0
