// The C side of the xlsx exporter: libxlsxwriter (Debian libxlsxwriter-dev), used only by PlanXlsx.
#ifndef RENCANA_CXLSXWRITER_SHIM_H
#define RENCANA_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
