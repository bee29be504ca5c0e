# The walk in document order that _speedups.pyx and _select.pyx share (each includes this
# file; its caller cimports lxml.includes.tree as tree and xmlNode).


cdef inline xmlNode* _next_in(xmlNode* node, xmlNode* top):
    """The element after node in document order, not leaving top (NULL: none)."""
    cdef xmlNode* found = node.children
    while True:
        while found is not NULL:
            if found.type == tree.XML_ELEMENT_NODE:
                return found
            node = found
            found = found.next
        while node is not top and node.next is NULL:
            node = node.parent
        if node is top:
            return NULL
        found = node.next
