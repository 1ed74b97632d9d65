package io.github.sqlguard.report;

/**
 * The HTML report's style sheet, every rule under {@code .sqlguard} so that it can sit in another page (a Maven site
 * skin) without restyling it. The severity filter is CSS only: three radio inputs before the file list hide the
 * findings, and the files, below the chosen severity.
 */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            .sqlguard { --sg-text: #1d2939; --sg-muted: #667085; --sg-line: #e4e7ec; --sg-code: #f8fafc;
              --sg-error: #b42318; --sg-error-bg: #fef3f2; --sg-error-mark: #fecdca; --sg-error-edge: #d92d20;
              --sg-warning: #93370d; --sg-warning-bg: #fffaeb; --sg-warning-mark: #fedf89; --sg-warning-edge: #dc6803;
              --sg-note: #175cd3; --sg-note-bg: #eff8ff; --sg-note-mark: #d1e9ff; --sg-note-edge: #2e90fa;
              color: var(--sg-text); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
              Arial, sans-serif; max-width: 1100px; margin: 0 auto; padding: 24px; }
            .sqlguard h1 { font-size: 26px; margin: 0 0 4px; }
            .sqlguard h2 { font-size: 18px; margin: 28px 0 8px; }
            .sqlguard a { color: #155eef; }
            .sqlguard code, .sqlguard pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas,
              "Liberation Mono", monospace; font-size: 13px; color: inherit; }
            .sqlguard .sg-totals { color: var(--sg-muted); margin: 0 0 16px; }
            .sqlguard .sg-counts { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0;
              margin: 0 0 16px; }
            .sqlguard .sg-count { border: 1px solid var(--sg-line); border-radius: 8px; padding: 8px 16px;
              min-width: 120px; background: #fff; }
            .sqlguard .sg-count .sg-n { display: block; font-size: 28px; font-weight: 700; line-height: 1.2; }
            .sqlguard .sg-count.sg-error { border-top: 4px solid var(--sg-error-edge); }
            .sqlguard .sg-count.sg-error .sg-n { color: var(--sg-error); }
            .sqlguard .sg-count.sg-warning { border-top: 4px solid var(--sg-warning-edge); }
            .sqlguard .sg-count.sg-warning .sg-n { color: var(--sg-warning); }
            .sqlguard .sg-count.sg-note { border-top: 4px solid var(--sg-note-edge); }
            .sqlguard .sg-count.sg-note .sg-n { color: var(--sg-note); }
            .sqlguard .sg-count.sg-files { border-top: 4px solid var(--sg-muted); }
            .sqlguard .sg-by-rule { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0;
              margin: 0; }
            .sqlguard .sg-by-rule li { border: 1px solid var(--sg-line); border-radius: 14px; padding: 1px 4px 1px 10px;
              background: #fff; }
            .sqlguard .sg-by-rule .sg-n { display: inline-block; min-width: 20px; text-align: center; margin-left: 6px;
              border-radius: 10px; background: var(--sg-code); color: var(--sg-muted); font-size: 12px;
              font-weight: 700; }
            .sqlguard .sg-show { position: absolute; opacity: 0; pointer-events: none; }
            .sqlguard .sg-filter { margin: 20px 0 12px; color: var(--sg-muted); }
            .sqlguard .sg-filter label { display: inline-block; border: 1px solid var(--sg-line); padding: 4px 12px;
              margin-left: -1px; cursor: pointer; color: var(--sg-text); background: #fff; }
            .sqlguard .sg-filter label:first-of-type { border-radius: 6px 0 0 6px; margin-left: 6px; }
            .sqlguard .sg-filter label:last-of-type { border-radius: 0 6px 6px 0; }
            .sqlguard #sg-show-all:checked ~ .sg-filter label[for="sg-show-all"],
            .sqlguard #sg-show-warning:checked ~ .sg-filter label[for="sg-show-warning"],
            .sqlguard #sg-show-error:checked ~ .sg-filter label[for="sg-show-error"] { background: #1d2939;
              border-color: #1d2939; color: #fff; }
            .sqlguard .sg-show:focus-visible ~ .sg-filter { outline: 2px solid #155eef; outline-offset: 4px; }
            .sqlguard #sg-show-warning:checked ~ .sg-files .sg-finding.sg-note,
            .sqlguard #sg-show-warning:checked ~ .sg-files .sg-file.sg-max-note,
            .sqlguard #sg-show-error:checked ~ .sg-files .sg-finding:not(.sg-error),
            .sqlguard #sg-show-error:checked ~ .sg-files .sg-file:not(.sg-max-error) { display: none; }
            .sqlguard .sg-file { border: 1px solid var(--sg-line); border-radius: 8px; margin: 0 0 12px;
              background: #fff; }
            .sqlguard .sg-file > summary { padding: 8px 16px; cursor: pointer; background: var(--sg-code);
              border-radius: 8px; font-weight: 600; }
            .sqlguard .sg-file[open] > summary { border-bottom: 1px solid var(--sg-line);
              border-radius: 8px 8px 0 0; }
            .sqlguard .sg-file > summary code { font-size: 14px; background: none; border: 0; padding: 0; }
            .sqlguard .sg-badge { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 10px;
              padding: 0 8px; margin-left: 8px; }
            .sqlguard .sg-findings { list-style: none; margin: 0; padding: 0; }
            .sqlguard .sg-finding { padding: 10px 16px 10px 13px; border-left: 4px solid transparent; }
            .sqlguard .sg-finding + .sg-finding { border-top: 1px solid var(--sg-line); }
            .sqlguard .sg-finding.sg-error { border-left-color: var(--sg-error-edge); }
            .sqlguard .sg-finding.sg-warning { border-left-color: var(--sg-warning-edge); }
            .sqlguard .sg-finding.sg-note { border-left-color: var(--sg-note-edge); }
            .sqlguard .sg-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 10px; }
            .sqlguard .sg-sev { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
              border-radius: 4px; padding: 1px 8px; }
            .sqlguard .sg-error .sg-sev, .sqlguard .sg-badge.sg-error { color: var(--sg-error);
              background: var(--sg-error-bg); border: 1px solid var(--sg-error-mark); }
            .sqlguard .sg-warning .sg-sev, .sqlguard .sg-badge.sg-warning { color: var(--sg-warning);
              background: var(--sg-warning-bg); border: 1px solid var(--sg-warning-mark); }
            .sqlguard .sg-note .sg-sev, .sqlguard .sg-badge.sg-note { color: var(--sg-note);
              background: var(--sg-note-bg); border: 1px solid var(--sg-note-mark); }
            .sqlguard .sg-rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono",
              monospace; font-size: 13px; font-weight: 600; }
            .sqlguard .sg-at { color: var(--sg-muted); font-size: 13px; }
            .sqlguard .sg-message { margin: 4px 0 6px; }
            .sqlguard .sg-message code { background: var(--sg-code); border: 1px solid var(--sg-line);
              border-radius: 4px; padding: 0 4px; }
            .sqlguard .sg-statement { margin: 0; padding: 6px 12px; background: var(--sg-code);
              border: 1px solid var(--sg-line); border-radius: 6px; white-space: pre-wrap; word-break: break-word; }
            .sqlguard .sg-statement mark { color: inherit; border-radius: 3px; padding: 1px 2px; }
            .sqlguard .sg-error mark { background: var(--sg-error-mark);
              box-shadow: inset 0 -2px var(--sg-error-edge); }
            .sqlguard .sg-warning mark { background: var(--sg-warning-mark);
              box-shadow: inset 0 -2px var(--sg-warning-edge); }
            .sqlguard .sg-note mark { background: var(--sg-note-mark); box-shadow: inset 0 -2px var(--sg-note-edge); }
            .sqlguard .sg-none { padding: 16px; border: 1px solid var(--sg-line); border-radius: 8px; }
            .sqlguard .sg-list li { margin: 4px 0; }
            .sqlguard .sg-footer { color: var(--sg-muted); font-size: 13px; margin-top: 32px; }
            """;
}
