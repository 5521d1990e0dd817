package kr.crm.campaign.internal;

import kr.crm.api.campaign.MessageTemplate;
import kr.crm.api.campaign.TemplateKind;
import kr.crm.api.campaign.TemplateService;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;

/** The advertising template a campaign or a program names: by name, and a version or the newest. */
final class AdvertisingTemplates {
    private AdvertisingTemplates() {
    }

    /**
     * @param version 1 or more, or null/0 for the newest
     * @param whyAdvertising why a transactional template will not do, for the error
     * @throws ValidationException naming {@code templateName} or {@code templateVersion}
     */
    static MessageTemplate find(TemplateService templates, String name, Integer version, String whyAdvertising) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("templateName", "is required");
        }
        int v = version == null ? 0 : version;
        if (v < 0) {
            throw new ValidationException("templateVersion", "must be 1 or more, or absent for the newest");
        }
        MessageTemplate t;
        try {
            t = templates.find(name.strip(), v);
        } catch (NotFoundException e) {
            throw new ValidationException(v > 0 ? "templateVersion" : "templateName", "is no saved template");
        }
        if (t.kind() != TemplateKind.ADVERTISING) {
            throw new ValidationException("templateName", "is a transactional template; " + whyAdvertising);
        }
        return t;
    }
}
