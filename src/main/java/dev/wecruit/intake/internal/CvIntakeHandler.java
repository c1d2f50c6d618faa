package dev.wecruit.intake.internal;

import dev.wecruit.intake.CvIntakeService;
import dev.wecruit.intake.CvRejected;
import dev.wecruit.intake.IntakeStatus;
import dev.wecruit.intake.ParsedCv;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.work.WorkHandler;
import dev.wecruit.work.WorkItem;
import dev.wecruit.work.WorkItemRejected;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads one dropped CV in the background and puts its proposal in the review queue. Idempotent: a CV already read
 * (a second run after a node died just after the commit) is left as it is. A CV that cannot be read leaves nothing:
 * its row is deleted with the file, and the work item keeps the reason.
 */
@Component
class CvIntakeHandler implements WorkHandler {

    private final CvIntakeRepository intakes;
    private final CvReading reading;
    private final PiiCipher cipher;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;

    CvIntakeHandler(CvIntakeRepository intakes, CvReading reading, PiiCipher cipher, ObjectMapper json,
            TransactionTemplate transactions) {
        this.intakes = intakes;
        this.reading = reading;
        this.cipher = cipher;
        this.json = json;
        this.transactions = transactions;
    }

    @Override
    public String kind() {
        return CvIntakeService.WORK_KIND;
    }

    @Override
    public void process(WorkItem item) throws WorkItemRejected {
        Optional<File> file = transactions.execute(status -> intakes.findByItemId(item.itemId())
                .filter(intake -> intake.getStatus() == IntakeStatus.QUEUED)
                .map(intake -> new File(
                        cipher.open(intake.getFileName(), new FieldRef("CV intake", intake.getId(), "fileName")),
                        cipher.open(intake.getContent(), new FieldRef("CV intake", intake.getId(), "content")))));
        if (file == null || file.isEmpty()) {
            boolean exists = Boolean.TRUE.equals(transactions.execute(status ->
                    intakes.findByItemId(item.itemId()).isPresent()));
            if (!exists) {
                throw new WorkItemRejected("The file is no longer kept: drop it again");
            }
            return;
        }
        ParsedCv parsed;
        try {
            parsed = reading.read(file.get().name(), file.get().content());
        } catch (CvRejected rejected) {
            throw new WorkItemRejected(rejected.getMessage(), rejected);
        }
        String proposal = json.writeValueAsString(parsed);
        transactions.executeWithoutResult(status -> intakes.findByItemId(item.itemId())
                .filter(intake -> intake.getStatus() == IntakeStatus.QUEUED)
                .ifPresent(intake -> {
                    intake.proposed(cipher.seal(proposal), parsed.parser().name(), parsed.note());
                    intakes.flush();
                }));
    }

    @Override
    public void failed(WorkItem item, String error) {
        intakes.deleteByItemId(item.itemId());
    }

    private record File(String name, byte[] content) {
    }
}
