// One test per mechanism of docs/model.md. Each compares two runs that differ in ONE input, so
// the tests state the direction of an effect, not a calibrated number, and survive
// recalibration. The base is the default country profile with an all-Depend strategy. The
// mechanisms model 2.0 added or changed (demand-driven hosting, guarantees, protection, contracts
// as a stock, the finite market cloud, leverage on absolute positions) are in
// MechanismV2Test.cpp.

#include "ScenarioBuilders.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace sovsim {
namespace {

using test::makeShock;
using test::plainScenario;
using test::stepAt;

// A base in which public money buys owned compute: Control on compute infrastructure, no export
// cap, and every other posture and lever left at the all-Depend default.
Scenario ownedComputeScenario() {
    Scenario s = plainScenario();
    s.strategy.setPosture(Layer::Compute, Posture::Control);
    s.country.exportControlTier = 1;
    return s;
}

// A base in which the country buys sovereign access agreements and hosts no foreign capacity
// (none of its cloud demand is served in the country and it has no region to serve), so
// contracts serve demand beside the market cloud.
Scenario contractScenario(double agreements) {
    Scenario s = plainScenario();
    s.assumptions.localHostingShare = 0.0;
    s.strategy.setLever(Lever::ComputeAgreements, agreements);
    return s;
}

TEST(Mechanism, MorePublicBudgetBuysMoreOwnedCompute) {
    Scenario low = ownedComputeScenario();
    low.country.publicAiBudgetUsdBnPerYr = 0.5;
    Scenario high = low;
    high.country.publicAiBudgetUsdBnPerYr = 2.0;
    const auto pl = project(low);
    const auto ph = project(high);
    EXPECT_GT(ph.atYear(Metric::ComputeOwned, 2028), ph.atYear(Metric::ComputeOwned, 2025));
    EXPECT_GT(ph.atYear(Metric::ComputeOwned, 2028), pl.atYear(Metric::ComputeOwned, 2028));
    EXPECT_GT(ph.atYear(Metric::PublicCostCumulative, 2028),
              pl.atYear(Metric::PublicCostCumulative, 2028));
    for (int k = 0; k < ph.stepCount(); ++k) {
        EXPECT_GE(ph.at(Metric::ComputeOwned, k), pl.at(Metric::ComputeOwned, k) * (1 - 1e-12))
            << "step " << k;
    }
}

TEST(Mechanism, Tier3ExportControlsLimitOwnedComputeWhenChipsAreImported) {
    Scenario open = ownedComputeScenario();
    open.country.publicAiBudgetUsdBnPerYr = 2.0;
    ASSERT_EQ(open.strategy.posture(Layer::Chips), Posture::Depend);
    Scenario embargoed = open;
    embargoed.country.exportControlTier = 3;
    const auto po = project(open);
    const auto pe = project(embargoed);
    for (const int year : {2028, 2032}) {
        EXPECT_LT(pe.atYear(Metric::ComputeOwned, year), po.atYear(Metric::ComputeOwned, year))
            << year;
    }
}

TEST(Mechanism, FasterChipProgressLowersTheValueOfTheSameFleet) {
    // With no budget nothing is bought, so both runs own exactly the 2025 fleet.
    Scenario slow = plainScenario();
    slow.country.publicAiBudgetUsdBnPerYr = 0.0;
    slow.assumptions.pricePerformanceGrowthPerYr = 0.1;
    Scenario fast = slow;
    fast.assumptions.pricePerformanceGrowthPerYr = 0.4;
    const auto ps = project(slow);
    const auto pf = project(fast);
    EXPECT_DOUBLE_EQ(ps.at(Metric::OwnedReplacementValue, 0),
                     pf.at(Metric::OwnedReplacementValue, 0));
    EXPECT_GT(ps.at(Metric::OwnedReplacementValue, 0), 0.0);
    const int k = stepAt(ps, 2028, 1);
    EXPECT_LT(pf.at(Metric::OwnedReplacementValue, k), ps.at(Metric::OwnedReplacementValue, k));
    // Even slow progress makes the unchanged fleet worth less than it cost.
    EXPECT_LT(ps.at(Metric::OwnedReplacementValue, k), ps.at(Metric::OwnedReplacementValue, 0));
}

TEST(Mechanism, MoreBuildablePowerRaisesAvailablePowerAndHosting) {
    Scenario scarce = plainScenario();
    // No spare power today (available = existing load): new data centres, owned or hosted,
    // connect only into headroom, so they wait for new power.
    scarce.country.dcPowerAvailableGw = scarce.country.existingDcMw / 1000.0;
    scarce.country.dcPowerBuildableGwPerYr = 0.02;
    Scenario ample = scarce;
    ample.country.dcPowerBuildableGwPerYr = 2.0;
    const auto ps = project(scarce);
    const auto pa = project(ample);
    // Power available to data centres = load + headroom.
    const auto available = [](const Projection& p, int year) {
        return p.atYear(Metric::DcLoad, year) + p.atYear(Metric::EnergyHeadroom, year);
    };
    EXPECT_GT(available(pa, 2030), available(ps, 2030));
    EXPECT_GT(pa.atYear(Metric::EnergyHeadroom, 2030), ps.atYear(Metric::EnergyHeadroom, 2030));
    EXPECT_GT(pa.atYear(Metric::HostedCapacity, 2032), ps.atYear(Metric::HostedCapacity, 2032));
}

TEST(Mechanism, EnergyCrisisCutsHeadroomDuringTheShock) {
    const Scenario calm = plainScenario();
    Scenario crisis = calm;
    crisis.shocks.push_back(makeShock(ShockType::EnergyCrisis, {2030, 1}, 24, 0.8));
    const auto pc = project(calm);
    const auto px = project(crisis);
    for (int k = stepAt(pc, 2030, 1); k < stepAt(pc, 2032, 1); ++k) {
        EXPECT_LT(px.at(Metric::EnergyHeadroom, k), pc.at(Metric::EnergyHeadroom, k))
            << "step " << k;
    }
    // Before the shock nothing differs.
    const int before = stepAt(pc, 2029, 12);
    EXPECT_EQ(px.at(Metric::EnergyHeadroom, before), pc.at(Metric::EnergyHeadroom, before));
}

TEST(Mechanism, SupplierCutoffCutsMarketCloudWhichRecoversAfterwards) {
    const Scenario calm = plainScenario();
    Scenario cut = calm;
    cut.shocks.push_back(makeShock(ShockType::SupplierCutoff, {2030, 1}, 24, 0.8));
    const auto pc = project(calm);
    const auto px = project(cut);
    const int mid = stepAt(pc, 2031, 1);
    ASSERT_GT(pc.at(Metric::ComputeMarket, mid), 0.0);
    EXPECT_LT(px.at(Metric::ComputeMarket, mid), 0.5 * pc.at(Metric::ComputeMarket, mid));
    // A year after the cut-off ends the market cloud serves the country again.
    const int after = stepAt(pc, 2033, 1);
    EXPECT_GT(px.at(Metric::ComputeMarket, after), 0.8 * pc.at(Metric::ComputeMarket, after))
        << "market cloud with shock " << px.at(Metric::ComputeMarket, after) << ", without "
        << pc.at(Metric::ComputeMarket, after);
    EXPECT_GT(px.at(Metric::ComputeMarket, after), 2.0 * px.at(Metric::ComputeMarket, mid));
}

// Contracted compute is delivered in full on its non-interruption share and cut like the market
// cloud on the rest. At the first step of a cut-off the two runs still share their state, so the
// delivered contract compute must be exactly that mix of the calm run's (later the unprotected
// volume also runs out: MechanismV2.ContractsRunOutOverTheirTermInACutoff).
TEST(Mechanism, ContractedComputeIsProtectedByItsNonInterruptionShare) {
    for (const double agreements : {0.3, 1.0}) {
        for (const double severity : {1.0, 0.5}) {
            const Scenario calm = contractScenario(agreements);
            Scenario cut = calm;
            cut.shocks.push_back(makeShock(ShockType::SupplierCutoff, {2030, 1}, 24, severity));
            const auto pc = project(calm);
            const auto px = project(cut);
            const int k = stepAt(pc, 2030, 1);
            const double nis = px.at(Metric::NonInterruptionShare, k);
            const double before = pc.at(Metric::ComputeContracted, k);
            ASSERT_GT(before, 0.0) << "agreements " << agreements;
            ASSERT_GT(nis, 0.0);
            ASSERT_LT(nis, 1.0);
            const double expectedShare = nis + (1.0 - nis) * (1.0 - severity);
            EXPECT_NEAR(px.at(Metric::ComputeContracted, k) / before, expectedShare, 1e-9)
                << "agreements " << agreements << ", severity " << severity;
        }
    }
}

TEST(Mechanism, StrongerAgreementsProtectMoreContractedCompute) {
    Scenario weak = contractScenario(0.3);
    weak.shocks.push_back(makeShock(ShockType::SupplierCutoff, {2030, 1}, 24, 1.0));
    Scenario strong = weak;
    strong.strategy.setLever(Lever::ComputeAgreements, 1.0);
    const auto pw = project(weak);
    const auto ps = project(strong);
    const int k = stepAt(pw, 2031, 1);
    EXPECT_GT(ps.at(Metric::NonInterruptionShare, k), pw.at(Metric::NonInterruptionShare, k));
    EXPECT_GT(ps.at(Metric::ComputeContracted, k), pw.at(Metric::ComputeContracted, k));
}

TEST(Mechanism, TalentLeverGrowsTalent) {
    const Scenario base = plainScenario();
    Scenario talent = base;
    talent.strategy.setLever(Lever::TalentCapacity, 1.0);
    const auto pb = project(base);
    const auto pt = project(talent);
    EXPECT_EQ(pt.at(Metric::Talent, 0), pb.at(Metric::Talent, 0));
    EXPECT_DOUBLE_EQ(pb.at(Metric::Talent, 0), base.country.aiTalentK);
    EXPECT_GT(pt.atYear(Metric::Talent, 2030), pb.atYear(Metric::Talent, 2030));
    EXPECT_GT(pt.atYear(Metric::Talent, 2040), pb.atYear(Metric::Talent, 2040));
}

TEST(Mechanism, SectorDiffusionSpeedsAdoption) {
    const Scenario base = plainScenario();
    Scenario diffusion = base;
    diffusion.strategy.setLever(Lever::SectorDiffusion, 1.0);
    const auto pb = project(base);
    const auto pd = project(diffusion);
    EXPECT_GT(pd.atYear(Metric::AdoptionShare, 2030), pb.atYear(Metric::AdoptionShare, 2030));
    EXPECT_GT(pd.atYear(Metric::AiValueGdpPct, 2030), pb.atYear(Metric::AiValueGdpPct, 2030));
}

TEST(Mechanism, SmallModelsRaiseLocalLanguageCapability) {
    Scenario base = plainScenario();
    base.country.languageWebSharePct = 0.2; // a language that is a sliver of web data
    Scenario small = base;
    small.strategy.setLever(Lever::SmallModels, 1.0);
    const auto pb = project(base);
    const auto ps = project(small);
    EXPECT_GT(ps.atYear(Metric::LocalLanguageCapability, 2030),
              pb.atYear(Metric::LocalLanguageCapability, 2030));
}

TEST(Mechanism, MoreWebDataInTheLanguageRaisesCapability) {
    Scenario sliver = plainScenario();
    sliver.country.languageWebSharePct = 0.1;
    Scenario large = sliver;
    large.country.languageWebSharePct = 5.0;
    EXPECT_GT(project(large).atYear(Metric::LocalLanguageCapability, 2030),
              project(sliver).atYear(Metric::LocalLanguageCapability, 2030));
}

TEST(Mechanism, DemandSurgeRaisesComputeDemand) {
    const Scenario calm = plainScenario();
    Scenario surge = calm;
    surge.shocks.push_back(makeShock(ShockType::DemandSurge, {2030, 1}, 24, 0.8));
    const auto pc = project(calm);
    const auto ps = project(surge);
    const int k = stepAt(pc, 2030, 6);
    EXPECT_GT(ps.at(Metric::ComputeDemand, k), pc.at(Metric::ComputeDemand, k));
}

// Price locks: a supplier price hike raises the contract price of a country without agreements
// by more than that of a country whose agreements lock prices.
TEST(Mechanism, PriceLocksShieldAgreementsFromAPriceHike) {
    const auto rise = [](double agreements, double& shockedPrice) {
        const Scenario calm = contractScenario(agreements);
        Scenario hike = calm;
        hike.shocks.push_back(makeShock(ShockType::PriceHike, {2030, 1}, 24, 0.8));
        const auto pc = project(calm);
        const auto ph = project(hike);
        const int k = stepAt(pc, 2030, 1);
        shockedPrice = ph.at(Metric::ContractPrice, k);
        return ph.at(Metric::ContractPrice, k) / pc.at(Metric::ContractPrice, k) - 1.0;
    };
    double priceWithout = 0.0;
    double priceWith = 0.0;
    const double riseWithout = rise(0.0, priceWithout);
    const double riseWith = rise(1.0, priceWith);
    EXPECT_GT(riseWithout, 0.0);
    EXPECT_LT(riseWith, riseWithout);
    EXPECT_GT(priceWithout, priceWith);
}

TEST(Mechanism, DataCentreLoadStartsAtExistingCapacity) {
    const Scenario base = plainScenario();
    EXPECT_NEAR(project(base).at(Metric::DcLoad, 0), base.country.existingDcMw / 1000.0, 1e-12);
    for (const auto& country : PresetCatalog::builtIn().countries()) {
        Scenario s = plainScenario();
        s.country = country.profile;
        EXPECT_NEAR(project(s).at(Metric::DcLoad, 0), country.profile.existingDcMw / 1000.0,
                    1e-9 * std::max(1.0, country.profile.existingDcMw))
            << country.id;
    }
}

TEST(Mechanism, OwnedComputeStartsAtTheDomesticFleetWhenStaffedAndUsed) {
    Scenario s = plainScenario();
    s.country.domesticComputeH100e = 1000.0; // well below demand and staffing
    EXPECT_NEAR(project(s).at(Metric::ComputeOwned, 0), 1000.0, 1e-9);
}

TEST(Mechanism, FleetRetiresWithoutReplacement) {
    Scenario s = plainScenario();
    s.country.publicAiBudgetUsdBnPerYr = 0.0;
    const auto p = project(s);
    EXPECT_GT(p.at(Metric::ComputeOwned, 0), 0.0);
    // No budget, no purchases: by the end of the useful life the 2025 fleet is gone.
    const int end = stepAt(p, 2025 + static_cast<int>(s.assumptions.usefulLifeYears) + 1, 1);
    EXPECT_EQ(p.at(Metric::ComputeOwned, end), 0.0);
    EXPECT_EQ(p.at(Metric::OwnedReplacementValue, end), 0.0);
}

TEST(Mechanism, PublicCostNeverFalls) {
    Scenario s = ownedComputeScenario();
    s.strategy.levers.fill(0.5);
    const auto p = project(s);
    const auto cost = p.series(Metric::PublicCostCumulative);
    EXPECT_TRUE(std::is_sorted(cost.begin(), cost.end()));
    EXPECT_GT(cost.back(), 0.0);
}

TEST(Mechanism, LeversCostMoney) {
    const Scenario base = plainScenario();
    Scenario active = base;
    active.strategy.setLever(Lever::TalentCapacity, 1.0);
    EXPECT_GT(project(active).at(Metric::PublicSpending, 0),
              project(base).at(Metric::PublicSpending, 0));
}

TEST(Mechanism, ChannelsAddUpAndStayWithinDemand) {
    Scenario s = plainScenario();
    s.strategy.levers.fill(0.5);
    s.shocks.push_back(makeShock(ShockType::SupplierCutoff, {2031, 1}, 12, 0.6));
    const auto p = project(s);
    for (int k = 0; k < p.stepCount(); ++k) {
        const double channels = p.at(Metric::ComputeOwned, k) + p.at(Metric::ComputeContracted, k) +
                                p.at(Metric::ComputeHosted, k) + p.at(Metric::ComputeMarket, k);
        const double total = p.at(Metric::ComputeAccessTotal, k);
        EXPECT_NEAR(total, channels, 1e-9 * std::max(1.0, total)) << "step " << k;
        EXPECT_LE(p.at(Metric::ComputeAssured, k), total * (1 + 1e-12)) << "step " << k;
        EXPECT_LE(total, p.at(Metric::ComputeDemand, k) * (1 + 1e-12)) << "step " << k;
    }
}

TEST(Mechanism, ShocksOnlyActFromTheirStart) {
    for (const ShockType type : kAllShockTypes) {
        const Scenario calm = plainScenario();
        Scenario shocked = calm;
        shocked.shocks.push_back(makeShock(type, {2032, 1}, 12, 1.0));
        const auto pc = project(calm);
        const auto ps = project(shocked);
        const int start = stepAt(pc, 2032, 1);
        for (const auto& info : allMetrics()) {
            for (int k = 0; k < start; ++k) {
                ASSERT_EQ(ps.at(info.metric, k), pc.at(info.metric, k))
                    << keyOf(type) << " changed " << info.name << " at step " << k
                    << " before it started";
            }
        }
        bool changed = false;
        for (const auto& info : allMetrics()) {
            changed = changed || ps.at(info.metric, start) != pc.at(info.metric, start);
        }
        EXPECT_TRUE(changed) << keyOf(type) << " changed nothing in its first step";
    }
}

TEST(Mechanism, ValidateAcceptsDefaultsAndNamesBadFields) {
    EXPECT_TRUE(validate(plainScenario()).empty());
    Scenario bad = plainScenario();
    bad.country.gdpUsdBn = 0.0;
    bad.shocks.push_back(makeShock(ShockType::PriceHike, {2045, 1}, 12, 0.5));
    const auto problems = validate(bad);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_NE(problems[0].find("country.gdp_usd_bn"), std::string::npos) << problems[0];
    EXPECT_NE(problems[1].find("shocks[0].start"), std::string::npos) << problems[1];
}

} // namespace
} // namespace sovsim
