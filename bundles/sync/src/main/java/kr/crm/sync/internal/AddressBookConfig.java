package kr.crm.sync.internal;

import kr.crm.api.sync.SyncDirection;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "CRM CardDAV address book",
        description = "One groupware address book kept in sync with CRM contact persons (one configuration each).")
public @interface AddressBookConfig {

    @AttributeDefinition(name = "Name", description = "Unique name of this address book in the CRM, e.g. rep.kim; "
            + "letters, digits, '.', '-', '_', at most 50")
    String name();

    @AttributeDefinition(name = "Server URL", description = "Base URL of the CardDAV server, e.g. https://groupware.example.kr/")
    String serverUrl();

    @AttributeDefinition(name = "Address-book path", description = "Path of the address-book collection on the server, e.g. /dav/rep.kim/contacts/")
    String addressBookPath();

    @AttributeDefinition(name = "User", description = "User the CRM signs in as (Basic authentication)")
    String user() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, description = "That user's password")
    String password() default "";

    @AttributeDefinition(name = "Direction", description = "TWO_WAY, CRM_TO_GROUPWARE or GROUPWARE_TO_CRM")
    SyncDirection direction() default SyncDirection.TWO_WAY;

    @AttributeDefinition(name = "Owner rep", description = "Contacts of accounts this rep owns belong in the book; "
            + "new accounts made from cards get this owner. Empty: no owner rule")
    String ownerRep() default "";

    @AttributeDefinition(name = "Grades", description = "Contacts of accounts of these grades (S, A, B, C, D) belong in the book. Empty: no grade rule")
    String[] grades() default {};

    @AttributeDefinition(name = "Interval (minutes)", description = "Minutes between scheduled runs; 0 runs only on demand")
    int intervalMinutes() default 15;

    @AttributeDefinition(name = "Delete guard share", description = "A run that would delete more than this share (0-1) "
            + "of the book's linked contacts stops and reports instead")
    double deleteGuardShare() default 0.2;

    @AttributeDefinition(name = "Lease (minutes)", description = "How long a run holds the database lease of this book; "
            + "one node at a time runs it")
    int leaseMinutes() default 30;

    @AttributeDefinition(name = "Timeout (seconds)", description = "HTTP timeout of one request to the server")
    int timeoutSeconds() default 60;
}
