package marytts.neural;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Symbol to id, as listed in voice.properties (index = id, id 0 = padding). */
public final class SymbolTable {
    private final List<String> symbols;
    private final Map<String, Integer> ids = new HashMap<>();

    public SymbolTable(List<String> symbols) {
        this.symbols = List.copyOf(symbols);
        for (int i = 0; i < this.symbols.size(); i++) {
            ids.putIfAbsent(this.symbols.get(i), i);
        }
    }

    /** The id of a symbol, or -1 if the table has none. */
    public int id(String symbol) {
        return ids.getOrDefault(symbol, -1);
    }

    public boolean contains(String symbol) {
        return ids.containsKey(symbol);
    }

    public int size() {
        return symbols.size();
    }

    public List<String> symbols() {
        return symbols;
    }
}
