package io.jointresponse.cli.output;

import io.jointresponse.validation.ReportJson;
import io.jointresponse.validation.RunSummary;
import java.io.OutputStream;

/**
 * Writes results as one JSON object, streamed as documents are done, in the library's
 * {@link ReportJson} form: {@code {"files":[{"file":…,"valid":…,"unreadable":…,"notices":[…],
 * "findings":[{"rule":…,"severity":…,"pointer":…,"message":…,"clause":…,"basis":…}],
 * "notChecked":[{"rule":…,"reason":…,"message":…}]}],"summary":{…}}}.
 */
public final class JsonResultWriter implements ResultWriter {

    private final ReportJson json;

    /**
     * Creates a writer and opens the object and its {@code files} array.
     *
     * @param out where to write UTF-8 JSON, not null; it is not closed
     */
    public JsonResultWriter(OutputStream out) {
        this.json = ReportJson.writer(out);
    }

    /** Writes the result as it goes: JSON is built straight into the output, not ahead. */
    @Override
    public void write(Rendered rendered) {
        DocumentResult r = rendered.result();
        json.document(r.source(), r.findings(), r.notChecked(), r.notices(), r.unreadable());
    }

    /** Writes the summary of the documents given to this writer, the same documents {@code s} counts. */
    @Override
    public void finish(RunSummary s) {
        json.finish();
    }
}
