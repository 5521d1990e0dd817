package kr.crm.orders.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One channel's order file: its encoding and which column holds what (header names). */
@ObjectClassDefinition(name = "CRM order channel",
        description = "An order file layout of one channel (home shopping, web shop, ...). One configuration per channel.")
@interface ChannelConfig {

    @AttributeDefinition(name = "Source", description = "Channel name as orders record it, e.g. gs-shop.")
    String source();

    @AttributeDefinition(name = "Charset", description = "File encoding: UTF-8, or EUC-KR/MS949 for older exports.")
    String charset() default "UTF-8";

    @AttributeDefinition(name = "Delimiter", description = "Field separator: , or ; or TAB.")
    String delimiter() default ",";

    @AttributeDefinition(name = "Date-time pattern", description = "java.time pattern of the order time column.")
    String dateTimePattern() default "yyyy-MM-dd HH:mm[:ss]";

    @AttributeDefinition(name = "Time zone", description = "Zone of order times that carry no offset.")
    String zone() default "Asia/Seoul";

    @AttributeDefinition(name = "Order number column")
    String orderNoColumn() default "주문번호";

    @AttributeDefinition(name = "Order time column")
    String orderedAtColumn() default "주문일시";

    @AttributeDefinition(name = "Buyer name column")
    String buyerNameColumn() default "주문자명";

    @AttributeDefinition(name = "Buyer phone column")
    String buyerPhoneColumn() default "주문자연락처";

    @AttributeDefinition(name = "Buyer e-mail column", description = "Empty if the channel has none.")
    String buyerEmailColumn() default "주문자이메일";

    @AttributeDefinition(name = "Recipient name column")
    String recipientNameColumn() default "수령인";

    @AttributeDefinition(name = "Recipient phone column")
    String recipientPhoneColumn() default "수령인연락처";

    @AttributeDefinition(name = "Address column")
    String addressColumn() default "배송지";

    @AttributeDefinition(name = "Product code column")
    String productCodeColumn() default "상품코드";

    @AttributeDefinition(name = "Product name column")
    String productNameColumn() default "상품명";

    @AttributeDefinition(name = "Category column", description = "Empty if the channel has none.")
    String categoryColumn() default "분류";

    @AttributeDefinition(name = "Quantity column")
    String quantityColumn() default "수량";

    @AttributeDefinition(name = "Unit price column")
    String unitPriceColumn() default "단가";

    @AttributeDefinition(name = "Line amount column")
    String amountColumn() default "금액";

    @AttributeDefinition(name = "Order status column", description = "Empty if none; a value containing 취소 or cancel marks a cancellation.")
    String statusColumn() default "주문상태";
}
