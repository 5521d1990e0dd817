package kr.crm.orders.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A channel configuration as ConfigAdmin would hand it over: the defaults, with some values set. */
final class Channels {
    private Channels() {
    }

    static ChannelConfig config(Map<String, Object> values) {
        return (ChannelConfig) Proxy.newProxyInstance(ChannelConfig.class.getClassLoader(),
                new Class<?>[] {ChannelConfig.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class || method.getName().equals("annotationType")) {
                        return method.getName().equals("annotationType") ? ChannelConfig.class
                                : method.invoke(values, args);
                    }
                    return values.containsKey(method.getName()) ? values.get(method.getName())
                            : method.getDefaultValue();
                });
    }
}
