package kr.crm.api.store;

import java.util.List;
import java.util.Optional;
import kr.crm.api.campaign.MessageTemplate;
import org.osgi.annotation.versioning.ProviderType;

/** Message template versions (table message_template). @since 2.7 */
@ProviderType
public interface TemplateStore {

    /** Stores the template as the next version of its name (its id and version are ignored). */
    MessageTemplate insertNextVersion(MessageTemplate template);

    /** Versions of a name, oldest first. */
    List<MessageTemplate> versions(String name);

    /** The newest version of every template, by name. @since 2.12 */
    List<MessageTemplate> latest();

    /** One version; version 0 for the newest. */
    Optional<MessageTemplate> find(String name, int version);
}
