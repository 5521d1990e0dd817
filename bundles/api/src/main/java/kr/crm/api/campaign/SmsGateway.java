package kr.crm.api.campaign;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An SMS provider (SPI): implemented by an adapter per provider, used by the campaign sender.
 *
 * @since 0.2
 */
@ConsumerType
public interface SmsGateway {

    /**
     * Hands one message to the provider.
     *
     * @param to the receiving number as stored (the adapter formats it as its provider wants)
     * @param text the full text, legal frame included; longer than 90 bytes (EUC-KR) goes as LMS
     * @param reference the CRM's id of the message, for the provider's records
     * @return the provider's message id
     * @throws SmsDeliveryException when the provider refused it or could not be reached
     */
    String send(String to, String text, String reference) throws SmsDeliveryException;
}
