package io.github.sqlguard.maven;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.maven.AbstractReportMojo.ProjectResult;
import io.github.sqlguard.report.HtmlReport;
import io.github.sqlguard.scan.ScanResult;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/**
 * A report goal's page: its title through the Doxia sink, so that the site's skin frames it and lists it, then the
 * HTML report of the projects it covers as raw markup (the same content as {@code sqlguard.html}, its styles scoped
 * to it) and, for several projects, a table of each one's counts through the sink.
 */
final class SitePage {

    private SitePage() {
    }

    static void write(Sink sink, String title, List<ProjectResult> projects) {
        ScanResult all = ScanResult.merged(projects.stream().map(ProjectResult::result).toList());
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title);
        sink.sectionTitle1_();
        sink.rawText(HtmlReport.embeddable(all));
        if (projects.size() > 1) {
            modules(sink, projects);
        }
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private static void modules(Sink sink, List<ProjectResult> projects) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Modules");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows();
        row(sink, true, "Module", "Files", "Errors", "Warnings", "Notes");
        for (ProjectResult p : projects) {
            ScanResult r = p.result();
            row(sink, false, p.name(), Integer.toString(r.files()), Long.toString(r.count(Severity.ERROR)),
                    Long.toString(r.count(Severity.WARNING)), Long.toString(r.count(Severity.NOTE)));
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    private static void row(Sink sink, boolean header, String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) {
                sink.tableHeaderCell();
                sink.text(cell);
                sink.tableHeaderCell_();
            } else {
                sink.tableCell();
                sink.text(cell);
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }
}
