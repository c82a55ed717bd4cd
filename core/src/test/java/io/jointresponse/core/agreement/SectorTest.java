package io.jointresponse.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SectorTest {

    @Test
    void cryptoAssetExchangesKeepTheNoticeLabelAndTheStatutoryOne() {
        assertThat(Sector.CRYPTO_ASSET_EXCHANGE.noticeLabel()).isEqualTo("仮想通貨交換事業者");
        assertThat(Sector.CRYPTO_ASSET_EXCHANGE.currentLabel()).isEqualTo("暗号資産交換業者");
    }

    @Test
    void onlyCryptoAssetExchangesWereRenamed() {
        assertThat(Arrays.stream(Sector.values()).filter(s -> !s.noticeLabel().equals(s.currentLabel())))
                .containsExactly(Sector.CRYPTO_ASSET_EXCHANGE);
    }

    @Test
    void theFourSectorsTheNoticeNamesAreTargets() {
        assertThat(Arrays.stream(Sector.values()).filter(Sector::isNamedTarget)).containsExactly(
                Sector.FINANCIAL_INSTITUTION, Sector.CRYPTO_ASSET_EXCHANGE, Sector.DATA_CENTRE, Sector.ONLINE_SHOP);
        assertThat(Sector.OTHER.isNamedTarget()).isFalse();
    }

    @Test
    void labelsAsTheNoticeWritesThem() {
        assertThat(Sector.FINANCIAL_INSTITUTION.noticeLabel()).isEqualTo("金融機関");
        assertThat(Sector.DATA_CENTRE.noticeLabel()).isEqualTo("データセンター事業者");
        assertThat(Sector.ONLINE_SHOP.noticeLabel()).isEqualTo("オンラインショップ事業者");
    }

    @ParameterizedTest
    @EnumSource(Sector.class)
    void everySectorHasJapaneseAndEnglishLabels(Sector sector) {
        assertThat(sector.noticeLabel()).isNotBlank();
        assertThat(sector.currentLabel()).isNotBlank();
        assertThat(sector.englishLabel()).isNotBlank().isNotEqualTo(sector.noticeLabel());
    }

    @Test
    void oneJapaneseTermServesEverywhereWithTheStatutoryNameBesideTheNoticesWord() {
        assertThat(Sector.CRYPTO_ASSET_EXCHANGE.japaneseLabel()).isEqualTo("仮想通貨交換事業者(暗号資産交換業者)");
        assertThat(Sector.FINANCIAL_INSTITUTION.japaneseLabel()).isEqualTo("金融機関");
        assertThat(Sector.OTHER.isNamedTarget()).isFalse();
    }
}
