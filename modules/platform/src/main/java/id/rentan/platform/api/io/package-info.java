/**
 * Spreadsheets in and out, for every module: reading an uploaded CSV (comma or semicolon, with or without BOM) or
 * XLSX file into rows with their line numbers, and streaming CSV/XLSX downloads that never hold all rows in memory
 * and neutralise cells a spreadsheet program would run as formulas.
 */
package id.rentan.platform.api.io;
