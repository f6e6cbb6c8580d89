package marytts.language.zh;

import marytts.config.LanguageConfig;
import marytts.exceptions.MaryConfigurationException;

/** Makes zh_CN visible to MaryTTS: everything else is in {@code zh.config}. */
public class ZhConfig extends LanguageConfig {
    public ZhConfig() throws MaryConfigurationException {
        super(ZhConfig.class.getResourceAsStream("zh.config"));
    }
}
