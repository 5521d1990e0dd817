package kr.crm.tools.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments the grading and analytics benchmarks share: how many customers, how many orders,
 * {@code --heap=} (the host's -Xmx) and {@code --reuse} (start from the saved database).
 */
record BenchArgs(int customers, long orders, String heap, boolean reuse) {

    static BenchArgs parse(String[] args, int customers, long orders, String heap) {
        boolean reuse = false;
        List<Long> numbers = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--heap=")) {
                heap = a.substring(7);
            } else if (a.equals("--reuse")) {
                reuse = true;
            } else {
                numbers.add(Long.parseLong(a.replace("_", "")));
            }
        }
        return new BenchArgs(numbers.isEmpty() ? customers : Math.toIntExact(numbers.get(0)),
                numbers.size() > 1 ? numbers.get(1) : orders, heap, reuse);
    }
}
