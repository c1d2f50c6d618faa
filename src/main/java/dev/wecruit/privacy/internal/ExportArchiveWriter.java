package dev.wecruit.privacy.internal;

import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.pipeline.StageVisit;
import dev.wecruit.privacy.PersonalDataExportSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an export's ZIP: {@value #JSON} (every field, machine-readable), {@value #SUMMARY} (the same for a
 * person to read) and the original files under {@code documents/}. Records are written whole through Jackson, so a
 * field a feature adds to its record (say, to {@code CandidateDetails}) is in the next export without a change here.
 */
@Component
class ExportArchiveWriter {

    static final String JSON = "personal-data.json";
    static final String SUMMARY = "summary.html";
    /** Names the layout of the JSON, for whoever reads it by program. */
    static final String FORMAT = "wecruit-personal-data/1";

    private final ObjectMapper json;

    ExportArchiveWriter(ObjectMapper json) {
        this.json = json;
    }

    byte[] write(ExportContents contents) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, JSON, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree(contents)));
            entry(zip, SUMMARY, ExportSummaryHtml.of(contents).getBytes(StandardCharsets.UTF_8));
            for (ExportContents.Document document : contents.documents()) {
                entry(zip, document.path(), document.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private ObjectNode tree(ExportContents contents) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("exportedAt", contents.exportedAt().toString());
        root.put("firm", contents.firm());
        ObjectNode candidate = json.valueToTree(contents.candidate());
        candidate.put("owner", contents.memberName(contents.candidate().ownerId()));
        root.set("candidate", candidate);

        ArrayNode documents = root.putArray("documents");
        for (ExportContents.Document document : contents.documents()) {
            ObjectNode node = json.valueToTree(document.summary());
            node.put("uploadedByName", contents.memberName(document.summary().uploadedBy()));
            node.put("file", document.path());
            node.put("text", document.text());
            documents.add(node);
        }

        ArrayNode activities = root.putArray("activities");
        for (ActivityEntry activity : contents.activities()) {
            ObjectNode node = json.valueToTree(activity);
            node.put("by", contents.memberName(activity.actorId()));
            activities.add(node);
        }

        ArrayNode applications = root.putArray("applications");
        for (ExportContents.Application application : contents.applications()) {
            ObjectNode node = json.valueToTree(application.application());
            node.put("jobTitle", application.jobTitle());
            node.put("client", application.client());
            node.put("stage", application.stage());
            ArrayNode history = node.putArray("stageHistory");
            for (StageVisit visit : application.stageHistory()) {
                history.add(json.<ObjectNode>valueToTree(visit));
            }
            applications.add(node);
        }

        ArrayNode access = root.putArray("accessLog");
        contents.accessLog().forEach(record -> access.add(json.<ObjectNode>valueToTree(record)));

        ArrayNode exports = root.putArray("exports");
        for (PersonalDataExportSummary export : contents.exports()) {
            ObjectNode node = exports.addObject();
            node.put("id", export.id().toString());
            node.put("requestedBy", contents.memberName(export.requestedBy()));
            node.put("requestedAt", export.requestedAt().toString());
            node.put("status", export.status().name());
        }
        return root;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
