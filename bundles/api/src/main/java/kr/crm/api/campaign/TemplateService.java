package kr.crm.api.campaign;

import java.util.List;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.CrmUser;
import org.osgi.annotation.versioning.ProviderType;

/** Versioned message templates and their rendering. */
@ProviderType
public interface TemplateService {

    /**
     * Checks and stores a new version of the template named in the draft.
     *
     * @throws ValidationException naming the field: missing parts, {@code (광고)} or a lookalike written by hand,
     *     coupon or discount wording in a transactional template, an SMS advertisement without a free opt-out
     */
    MessageTemplate save(TemplateDraft draft, CrmUser by);

    /** Every version of a template, oldest first. @throws NotFoundException if there is none */
    List<MessageTemplate> versions(String name);

    /** The newest version of every template, by name. @since 0.3 */
    List<MessageTemplate> latest();

    /** One version, or the newest for version 0. @throws NotFoundException if there is none */
    MessageTemplate find(String name, int version);

    /**
     * Renders a version for one recipient: an advertisement starts with {@code (광고)} and the sender's name (the
     * e-mail subject starts with {@code (광고)}), and ends with the sender's contact and the free opt-out (SMS: the
     * 080 number or reply keyword; e-mail: a one-click unsubscribe link with a signed token, and the RFC 8058
     * headers).
     *
     * @param customerKey the recipient's key (signed into the unsubscribe link)
     * @param address the recipient's e-mail address or number
     * @param recipientName the recipient's name for {@code {name}}, or null
     */
    RenderedMessage render(String name, int version, String customerKey, String address, String recipientName);
}
