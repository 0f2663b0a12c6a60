// A run's report as one self-contained HTML document (that Qt's QTextDocument renders too, for the
// PDF), in the user's language: every sentence and label is translated (context ReportHtml; the
// status, metric and setting names are the Runs page's own, RunText), numbers and dates are the
// locale's, and every text from the project (names, paths, captions) is HTML-escaped. The data is
// core's RunReport (core/jobs/run_report.h); the charts are images the caller draws and names.
#pragma once
#include "core/jobs/run_report.h"

#include <QCoreApplication>
#include <QString>

namespace clipft::ui {

// Where the report's parts are, as the HTML refers to them (file names beside the HTML, data: URIs
// or QTextDocument resource names); an empty one leaves its part out.
struct ReportLinks {
    QString loss_chart;    // an image
    QString recall_chart;  // an image
    QString csv;           // the evaluations as CSV
    int chart_width = 600; // the charts' width in the page, in CSS pixels (fits A4 with 2 cm margins)
};

// The translation context of the report's words ("ReportHtml" in translations/*.ts).
class ReportHtml {
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
};

// The report: its title and status line; the before/after table as the Finetuner study printed it;
// the charts; the settings; the dataset (description and split counts); the evaluations.
QString renderRunReportHtml(const RunReport& report, const ReportLinks& links);

}  // namespace clipft::ui
