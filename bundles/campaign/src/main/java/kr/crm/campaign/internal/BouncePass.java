package kr.crm.campaign.internal;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.crm.api.campaign.BounceKind;
import kr.crm.api.store.Leases;

/**
 * One pass of the node holding the lease {@value #LEASE}: the oldest messages of the bounce mailbox are recorded
 * one by one; recorded reports go to the processed folder, unmatched and malformed ones to the set-aside folder. A
 * message whose recording fails (the database) stays where it is for the next pass and never stops the rest.
 */
final class BouncePass {
    static final String LEASE = "campaign-bounces";

    /** What a pass did: messages per kind, of them new ones, and those left for later. */
    record Result(boolean ran, Map<BounceKind, Integer> kinds, int recorded, int left) {
        static final Result SKIPPED = new Result(false, Map.of(), 0, 0);
    }

    /** Opens the mailbox (the test seam). */
    interface Opener {
        ImapBounceMailbox open(BounceSettings s) throws MessagingException;
    }

    private final Leases leases;
    private final BounceRecorder recorder;
    private final BounceSettings settings;
    private final Opener opener;

    BouncePass(Leases leases, BounceRecorder recorder, BounceSettings settings, Opener opener) {
        this.leases = leases;
        this.recorder = recorder;
        this.settings = settings;
        this.opener = opener;
    }

    Result run() throws MessagingException {
        if (!leases.tryTake(LEASE, Duration.ofSeconds(settings.leaseSeconds()))) {
            return Result.SKIPPED;
        }
        Map<BounceKind, Integer> kinds = new EnumMap<>(BounceKind.class);
        int recorded = 0;
        int left = 0;
        try (ImapBounceMailbox box = opener.open(settings)) {
            List<Message> processed = new ArrayList<>();
            List<Message> setAside = new ArrayList<>();
            for (Message m : box.oldest(settings.batchSize())) {
                BounceRecorder.Result r;
                try {
                    r = recorder.record(ImapBounceMailbox.bytes(m));
                } catch (IOException | RuntimeException e) {
                    left++;
                    continue;
                }
                kinds.merge(r.kind(), 1, Integer::sum);
                recorded += r.recorded() ? 1 : 0;
                (r.kind() == BounceKind.PERMANENT || r.kind() == BounceKind.TRANSIENT ? processed : setAside).add(m);
            }
            box.move(processed, settings.processedFolder());
            box.move(setAside, settings.rejectedFolder());
        }
        return new Result(true, kinds, recorded, left);
    }
}
