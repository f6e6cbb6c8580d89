package marytts.language.zh.frontend;

/** Turns an (initial, underlying final) pair back into orthographic pinyin without tone. */
public final class PinyinSpelling {
    private PinyinSpelling() {
    }

    public static String spell(String initial, String fin) {
        if (fin.equals("ii") || fin.equals("iii")) {
            return initial + "i";
        }
        if (initial.isEmpty()) {
            switch (fin) {
            case "i": case "in": case "ing": return "y" + fin;
            case "v": return "yu";
            case "ve": return "yue";
            case "van": return "yuan";
            case "vn": return "yun";
            case "iou": return "you";
            case "u": return "wu";
            case "uei": return "wei";
            case "uen": return "wen";
            case "ueng": return "weng";
            case "ee": return "ê";
            default:
                if (fin.startsWith("i")) {
                    return "y" + fin.substring(1);
                }
                if (fin.startsWith("u")) {
                    return "w" + fin.substring(1);
                }
                return fin;
            }
        }
        boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x");
        switch (fin) {
        case "iou": return initial + "iu";
        case "uei": return initial + "ui";
        case "uen": return initial + "un";
        default:
            if (palatal && fin.startsWith("v")) {
                return initial + "u" + fin.substring(1);
            }
            return initial + fin;
        }
    }
}
