#include <libxml/xmlversion.h>
// Foundation carries its own ICU; libxml2's optional ICU declarations would clash with it.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

// xmlFree is a global function pointer, which Swift 6 treats as shared mutable state.
static inline void sitegen_xml_free(void *pointer) { xmlFree(pointer); }
