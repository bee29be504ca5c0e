# cython: language_level=3, cdivision=True
"""The walk over a parsed page that visits every element, on libxml2's nodes.

segment.walk_python is the reference: this gives the same results, reading the nodes' fields
where the pure-Python pass asks lxml for an object per element, its tag, text and tail. Only
the elements later stages read come back as elements. The markup selection is _select.pyx.
"""

from cpython.mem cimport PyMem_Free, PyMem_Realloc
from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.string cimport strlen
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport (
    _Element,
    attributeValueFromNsName,
    elementFactory,
    import_lxml__etree,
)
from lxml.includes.tree cimport const_xmlChar, xmlNode

import_lxml__etree()

include "_next_in.pxi"

# What the module offers; dechaff.core.native loads a build whose number it expects, so a
# stale build left in a source tree is passed over rather than called wrongly.
INTERFACE = 6

# The walk's roles of tags, as segment.py numbers them.
cdef enum:
    INLINE = 0
    BLOCK = 1
    SKIP = 2
    LINK = 3
    BREAK = 4
    GLUED = 5
    CONTROL = 6

# As segment.py's: what tells a form control that is a parse artifact holding the page.
DEF CONTROL_MAX_ELEMENTS = 64
PAGE_TAGS = frozenset({"article", "aside", "footer", "header", "main", "nav", "section"})

# Tag names are few on a page and libxml2 keeps each once in the document's
# dictionary: their role and str are looked up once per distinct name pointer.
DEF NAME_SLOTS = 512


cdef struct NameSlot:
    const_xmlChar* name
    int role
    int index  # into the names list


cdef class _Names:
    """Each tag name's str and role, found once per page."""

    cdef NameSlot slots[NAME_SLOTS]
    cdef NameSlot spare  # what find gives when the table is full
    cdef list strs
    cdef dict roles

    def __cinit__(self, dict roles):
        self.roles = roles
        self.strs = []
        cdef int i
        for i in range(NAME_SLOTS):
            self.slots[i].name = NULL

    cdef inline NameSlot* find(self, xmlNode* node):
        cdef const_xmlChar* name = node.name
        cdef size_t at = (<size_t>name >> 3) % NAME_SLOTS
        cdef int tries = 0
        while tries < NAME_SLOTS:
            if self.slots[at].name == name:
                return &self.slots[at]
            if self.slots[at].name == NULL:
                break
            at = (at + 1) % NAME_SLOTS
            tries += 1
        # a new name; in a full table, the spare slot holds it until the next call
        cdef NameSlot* slot = &self.slots[at] if tries < NAME_SLOTS else &self.spare
        tag = _tag_of(node)
        slot.name = name
        slot.role = self.roles.get(tag, INLINE)
        slot.index = len(self.strs)
        self.strs.append(tag)
        return slot


cdef object _new_block(
    type block_type, object shape, str text, Py_ssize_t index, Py_ssize_t group, str tag, double density,
    Py_ssize_t node,
):
    """A blocks.Block with its fields set as its __init__ sets them, without the Python calls."""
    block = block_type.__new__(block_type)
    block.text = text
    block.index = index
    block.group = group
    block.tag = tag
    block.link_density = density
    block.node = node
    measured = shape(text)
    block.shape = measured
    block.units = (<tuple>measured)[0] + (<tuple>measured)[1]
    return block


cdef str _decode(const_xmlChar* text):
    return PyUnicode_DecodeUTF8(<const char*>text, strlen(<const char*>text), "replace")


cdef str _tag_of(xmlNode* node):
    """The tag as lxml gives it: the name, or {namespace}name."""
    name = _decode(node.name)
    if node.ns is not NULL and node.ns.href is not NULL:
        return "{" + _decode(node.ns.href) + "}" + name
    return name


cdef inline bint _is_text(xmlNode* node):
    return node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE


cdef object _text_run(xmlNode** at):
    """The text of a run of text nodes starting at *at (as lxml joins them); *at moves to its last."""
    cdef xmlNode* node = at[0]
    cdef xmlNode* last = node
    if node.content is NULL:
        text = ""
    else:
        text = _decode(node.content)
    while last.next is not NULL and _is_text(last.next):
        last = last.next
        if last.content is not NULL:
            text += _decode(last.content)
    at[0] = last
    return text


cdef class Walk:
    """The block-level elements the walk met, in order, for reading their hints later."""

    cdef _Element root  # keeps the document, and so the nodes, alive
    cdef xmlNode** nodes
    cdef Py_ssize_t count
    cdef Py_ssize_t size

    def __dealloc__(self):
        PyMem_Free(self.nodes)

    cdef int add(self, xmlNode* node) except -1:
        cdef xmlNode** grown
        if self.count == self.size:
            self.size = self.size * 2 if self.size else 64
            grown = <xmlNode**>PyMem_Realloc(self.nodes, self.size * sizeof(xmlNode*))
            if grown is NULL:
                raise MemoryError()
            self.nodes = grown
        self.nodes[self.count] = node
        self.count += 1
        return 0

    def element(self, Py_ssize_t node):
        """The lxml element of container ``node``, as segment.walk_python's elements[node]."""
        if not 0 <= node < self.count:
            raise IndexError(node)
        return elementFactory(self.root._doc, self.nodes[node])

    def keys(self, list blocks, list parents):
        """Each element's (class, id, itemprop, role, tag), or None where it holds no block.

        As segment.walk_python's keys: a container holds a block when the block, or a
        container inside it, is its child.
        """
        cdef Py_ssize_t n = self.count, node
        cdef bytearray holds = bytearray(n)
        cdef unsigned char* held = holds
        for block in blocks:
            node = block.node
            while 0 <= node < n and not held[node]:  # up to the first container marked
                held[node] = 1
                node = parents[node]
        cdef list keys = [None] * n
        cdef xmlNode* c_node
        for node in range(n):
            if held[node]:
                c_node = self.nodes[node]
                keys[node] = (
                    attributeValueFromNsName(c_node, NULL, <const_xmlChar*>b"class"),
                    attributeValueFromNsName(c_node, NULL, <const_xmlChar*>b"id"),
                    attributeValueFromNsName(c_node, NULL, <const_xmlChar*>b"itemprop"),
                    attributeValueFromNsName(c_node, NULL, <const_xmlChar*>b"role"),
                    _tag_of(c_node),
                )
        return keys


cdef class _Cutter:
    """The walk's state: the text collected since the last block boundary."""

    cdef list parts
    cdef list blocks
    cdef list parents
    cdef list nodes  # the open block-level elements' node numbers, innermost last
    cdef list tags  # and their tags
    cdef Py_ssize_t link_chars
    cdef object clean_line
    cdef type block_type
    cdef object shape

    cdef int flush(self) except -1:
        """Turn the collected text into a block, when it holds any."""
        raw = "".join(self.parts)
        del self.parts[:]
        text = " ".join(raw.split())  # clean_line's common case, without its call
        if not text.isprintable():
            text = self.clean_line(raw)
        cdef Py_ssize_t node
        if text and self.nodes:
            node = self.nodes[-1]
            self.blocks.append(
                _new_block(
                    self.block_type,
                    self.shape,
                    text,
                    len(self.blocks),
                    <Py_ssize_t>self.parents[node] + 1,
                    self.tags[-1],
                    min(1.0, <double>self.link_chars / len(text)),
                    node,
                )
            )
        self.link_chars = 0
        return 0

    cdef int add_text(self, str text, int links) except -1:
        """Add one text (an element's text or tail) to the collected parts."""
        cdef list parts = self.parts
        if text.isspace():
            if parts and parts[-1] != " ":
                parts.append(" ")
            return 0
        if parts and text[0].isdigit():
            last = (<str>parts[-1])[-1]
            if last.isascii() and last.isalnum():
                parts.append(" ")
        parts.append(text)
        if links:
            self.link_chars += len(text.strip())
        return 0


def walk(
    _Element root, dict roles, clean_line, type block_type, shape, list blocks, list parents
):
    """Cut the tree under root into blocks, as segment.walk_python does.

    Blocks go to ``blocks`` (blocks.Block, given as ``block_type``, with the text ``clean_line``
    leaves and the measure ``shape`` gives it), each block-level element's parent node number
    to ``parents``; the returned Walk holds the block-level elements in the same order.
    """
    cdef Walk found = Walk.__new__(Walk)
    found.root = root
    cdef _Cutter cut = _Cutter.__new__(_Cutter)
    cut.parts = []
    cut.blocks = blocks
    cut.parents = parents
    cut.nodes = []
    cut.tags = []
    cut.link_chars = 0
    cut.clean_line = clean_line
    cut.block_type = block_type
    cut.shape = shape
    cdef _Names names = _Names(roles)
    cdef xmlNode* top = root._c_node
    cdef xmlNode* node = top
    cdef xmlNode* child
    cdef NameSlot* slot
    cdef int role
    cdef int links = 0  # depth of <a> elements around the walk
    cdef bint entering = True
    cdef str tag
    while node is not NULL:
        if entering:
            # the start of an element: its role decides what its text does
            slot = names.find(node)
            tag = <str>names.strs[slot.index]
            role = slot.role
            if role == BLOCK:
                if cut.parts:
                    cut.flush()
                parents.append(cut.nodes[-1] if cut.nodes else -1)
                found.add(node)
                cut.nodes.append(len(parents) - 1)
                cut.tags.append(tag)
            elif role == SKIP or (role == CONTROL and not _holds_page(node, names)):
                entering = False
                continue
            elif role == LINK:
                links += 1
            elif role == BREAK:
                if cut.parts:
                    cut.flush()
            child = node.children
            if role == BREAK:  # its own text is not read (the parser gives it none)
                while child is not NULL and _is_text(child):
                    child = child.next
            elif role == GLUED and child is not NULL and _is_text(child):
                text = _text_run(&child)
                if text and not text.isspace():
                    cut.parts.append(text)  # m², H₂O: no space before
                    if links:
                        cut.link_chars += len(text.strip())
                elif text:
                    cut.add_text(text, links)
                child = child.next
            # the element's children: texts are read here, elements entered
            child = _read_texts(cut, child, links)
            if child is not NULL:
                node = child
                continue
            entering = False
            continue
        # the end of an element, then its tail
        role = names.find(node).role
        if role == BLOCK:
            if cut.parts:
                cut.flush()
            if len(cut.nodes) > 1:  # the root's node stays open for stray text
                del cut.nodes[-1]
                del cut.tags[-1]
        elif role == LINK:
            links -= 1
        if node is top:
            _tail(cut, node.next, links)
            break
        child = _read_texts(cut, node.next, links)
        if child is not NULL:
            node = child
            entering = True
        else:
            node = node.parent
    cut.flush()
    return found


cdef bint _holds_page(xmlNode* control, _Names names) except -1:
    """As segment.holds_page: a PAGE_TAGS element, or more than CONTROL_MAX_ELEMENTS
    elements with a block-level one, among the first CONTROL_MAX_ELEMENTS + 1."""
    cdef xmlNode* node = _next_in(control, control)
    cdef NameSlot* slot
    cdef int seen = 0
    cdef bint block = False
    while node is not NULL and seen <= CONTROL_MAX_ELEMENTS:
        slot = names.find(node)
        if names.strs[slot.index] in PAGE_TAGS:
            return True
        block = block or slot.role == BLOCK
        seen += 1
        node = _next_in(node, control)
    return block and seen > CONTROL_MAX_ELEMENTS


cdef xmlNode* _read_texts(_Cutter cut, xmlNode* node, int links) except *:
    """Read the texts from node on up to the next element, which is returned (NULL: none)."""
    cdef list parts = cut.parts
    while node is not NULL and node.type != tree.XML_ELEMENT_NODE:
        if _is_text(node):
            if _blank_run(&node):  # as add_text does with a text that isspace()
                if parts and parts[-1] != " ":
                    parts.append(" ")
            else:
                text = _text_run(&node)
                if text:
                    cut.add_text(text, links)
        node = node.next
    return node


cdef bint _blank_run(xmlNode** at):
    """Whether the run of text nodes at *at is ASCII whitespace, not empty; if so *at moves
    to its last node. Most of a page's texts are the indentation between its tags."""
    cdef xmlNode* node = at[0]
    cdef const_xmlChar* c
    cdef bint seen = False
    while True:
        c = node.content
        if c is not NULL:
            while c[0]:
                # what str.isspace() holds for ASCII: \t \n \v \f \r, \x1c-\x1f and space
                if not (c[0] == 32 or 9 <= c[0] <= 13 or 28 <= c[0] <= 31):
                    return False
                c += 1
                seen = True
        if node.next is NULL or not _is_text(node.next):
            break
        node = node.next
    if seen:
        at[0] = node
    return seen


cdef int _tail(_Cutter cut, xmlNode* node, int links) except -1:
    """The root's tail: the text right after it, as lxml gives it."""
    if node is not NULL and _is_text(node):
        text = _text_run(&node)
        if text:
            cut.add_text(text, links)
    return 0

