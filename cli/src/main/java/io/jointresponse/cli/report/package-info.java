/**
 * Renders annual reports and national compilations as CSV for spreadsheets and as SVG bar charts.
 */
package io.jointresponse.cli.report;
