/**
 * Safe reading of uploaded .xlsx files (package inspection before POI, size and cell limits, formulas refused) and the
 * import exception with its message key: published to every module that imports a workbook.
 */
@NamedInterface("excel")
package vn.chiso.common.excel;

import org.springframework.modulith.NamedInterface;
