#ifndef STORYGRAPH_CGRAPHVIZ_SHIM_H
#define STORYGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
