// Mechanism tests for what model 2.0 added or changed (docs/model.md: §2a owned budget, §2b
// contracts as a stock, §2c hosted capacity and guarantees, §2d the finite market cloud, §2e
// critical inference, §3 the generation ceiling, §4 leverage, §4b protection, §9 calendar-exact
// shocks). As in MechanismTest.cpp, each test compares runs that differ in one input and states
// the direction of an effect, not a calibrated number. Where the documentation gives an identity
// (the share a cut-off leaves), the test checks it at the first step of the shock, when both runs
// still share their stocks.

#include "ScenarioBuilders.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace sovsim {
namespace {

using test::makeShock;
using test::plainScenario;
using test::stepAt;

constexpr double kRounding = 1e-12; // relative allowance for "never above" checks

// Power is ample: hosting is paced by investors' build time, not by grid connections.
Scenario amplePowerScenario() {
    Scenario s = plainScenario();
    s.country.dcPowerAvailableGw = 5.0;
    s.country.dcPowerBuildableGwPerYr = 2.0;
    return s;
}

// None of the country's cloud demand is served in the country and there is no region to serve:
// investors build nothing here, so only owned compute and the market cloud serve demand.
Scenario noHostingScenario() {
    Scenario s = plainScenario();
    s.assumptions.localHostingShare = 0.0;
    return s;
}

// No sovereign channel at all: no fleet of its own, no agreements, every posture Depend (so no
// hosted capacity is protected). Public money buys nothing.
Scenario noSovereignChannelScenario() {
    Scenario s = plainScenario();
    s.country.domesticComputeH100e = 0.0;
    return s;
}

// Public money buys owned compute with imported chips and no export cap.
Scenario ownedComputeScenario(double budgetUsdBnPerYr) {
    Scenario s = plainScenario();
    s.strategy.setPosture(Layer::Compute, Posture::Control);
    s.country.exportControlTier = 1;
    s.country.publicAiBudgetUsdBnPerYr = budgetUsdBnPerYr;
    return s;
}

Scenario withCutoff(Scenario s, double severity, YearMonth start = {2030, 1}, int months = 24) {
    s.shocks.push_back(makeShock(ShockType::SupplierCutoff, start, months, severity));
    return s;
}

// The share of the calm run's value a run keeps at step k.
double keptShare(const Projection& shocked, const Projection& calm, Metric m, int k) {
    return shocked.at(m, k) / calm.at(m, k);
}

// §2c: investors build toward sellable demand, the country's in-country share plus the share of
// the region a hub here captures; operators serve each market pro rata.
TEST(MechanismV2, HostedCapacityFollowsSellableDemand) {
    const Scenario home = amplePowerScenario();
    Scenario hub = home;
    hub.country.regionalMarketUsdBn = 2000.0;
    Scenario bigHub = home;
    bigHub.country.regionalMarketUsdBn = 10000.0;
    const auto ph = project(home);
    const auto pb = project(hub);
    const auto pbb = project(bigHub);
    const auto domesticShare = [](const Projection& p, int year) {
        return p.atYear(Metric::ComputeHosted, year) / p.atYear(Metric::HostedCapacity, year);
    };
    for (int year = 2026; year <= 2040; ++year) {
        EXPECT_GT(pb.atYear(Metric::HostedCapacity, year), ph.atYear(Metric::HostedCapacity, year))
            << year;
        EXPECT_GT(pbb.atYear(Metric::HostedCapacity, year), pb.atYear(Metric::HostedCapacity, year))
            << year;
        // The region is served, not counted: the country's demand does not change.
        EXPECT_EQ(pb.atYear(Metric::ComputeDemand, year), ph.atYear(Metric::ComputeDemand, year))
            << year;
        // Without a region all hosted capacity serves the country; with one, a shrinking share.
        EXPECT_NEAR(domesticShare(ph, year), 1.0, 1e-12) << year;
        EXPECT_LT(domesticShare(pb, year), domesticShare(ph, year)) << year;
        EXPECT_LT(domesticShare(pbb, year), domesticShare(pb, year)) << year;
    }
}

// §3, §2c: new data centres connect only into headroom. With no spare power and none buildable,
// no investor can connect anything, however much demand there is to sell to.
TEST(MechanismV2, GridConnectionsPaceHosting) {
    Scenario noPower = plainScenario();
    noPower.country.regionalMarketUsdBn = 2000.0;
    noPower.country.dcPowerAvailableGw = noPower.country.existingDcMw / 1000.0;
    noPower.country.dcPowerBuildableGwPerYr = 0.0;
    Scenario building = noPower;
    building.country.dcPowerBuildableGwPerYr = 0.2;
    const auto pn = project(noPower);
    const auto pb = project(building);
    for (int k = 0; k < pn.stepCount(); ++k) {
        ASSERT_EQ(pn.at(Metric::HostedCapacity, k), 0.0) << "step " << k;
    }
    // The same country with power to connect does get hosted capacity.
    EXPECT_GT(pb.atYear(Metric::HostedCapacity, 2030), 0.0);
}

// §3: data centres never use more than dc_max_share_of_generation, even when the power on offer,
// the existing load and the demand to serve are all far above the ceiling.
TEST(MechanismV2, DataCentreShareOfGenerationNeverExceedsTheCeiling) {
    for (const double ceiling : {0.3, 0.05, 0.01}) {
        for (const double existingMw : {300.0, 60000.0}) {
            Scenario s = plainScenario();
            s.country.dcPowerAvailableGw = 100.0; // the slider's maximum
            s.country.dcPowerBuildableGwPerYr = 20.0;
            s.country.regionalMarketUsdBn = 50000.0;
            s.country.existingDcMw = existingMw;
            s.assumptions.dcMaxShareOfGeneration = ceiling;
            const auto p = project(s);
            double largest = 0.0;
            for (int k = 0; k < p.stepCount(); ++k) {
                const double share = p.at(Metric::DcShareOfGeneration, k);
                largest = std::max(largest, share);
                ASSERT_LE(share, ceiling * (1 + kRounding))
                    << "ceiling " << ceiling << ", existing " << existingMw << " MW, step " << k;
            }
            // With 60 GW of existing load the ceiling binds, so the guard is exercised.
            if (existingMw > 1000.0) {
                EXPECT_GT(largest, 0.99 * ceiling) << "ceiling " << ceiling;
            }
        }
    }
}

// §2c guarantees: below take_or_pay_leverage investors want capacity payments on the export part
// of the capacity. What the country can guarantee is built, the rest is not.
TEST(MechanismV2, GuaranteesLetTheExportPartOfHostingBeBuilt) {
    Scenario noAgreements = amplePowerScenario();
    noAgreements.country.regionalMarketUsdBn = 2000.0;
    Scenario agreements = noAgreements;
    agreements.strategy.setLever(Lever::ComputeAgreements, 1.0);
    const auto pn = project(noAgreements);
    const auto pa = project(agreements);
    for (int k = 0; k < pa.stepCount(); ++k) {
        ASSERT_LT(pa.at(Metric::BargainingLeverage, k), agreements.assumptions.takeOrPayLeverage)
            << "step " << k << ": no guarantee would be asked";
    }
    for (const int year : {2028, 2032, 2036}) {
        EXPECT_GT(pa.atYear(Metric::HostedCapacity, year), pn.atYear(Metric::HostedCapacity, year))
            << year;
    }
    // Reserving more of the agreements budget for guarantees never lowers hosted capacity.
    Scenario s = agreements;
    s.assumptions.guaranteeBudgetShare = 0.0;
    const auto unreserved = project(s);
    Projection previous = unreserved;
    for (const double share : {0.1, 0.25, 0.5, 0.75, 1.0}) {
        s.assumptions.guaranteeBudgetShare = share;
        const auto p = project(s);
        for (int k = 0; k < p.stepCount(); ++k) {
            ASSERT_GE(p.at(Metric::HostedCapacity, k),
                      previous.at(Metric::HostedCapacity, k) * (1 - kRounding))
                << "guarantee_budget_share " << share << ", step " << k;
        }
        previous = p;
    }
    EXPECT_GT(previous.atYear(Metric::HostedCapacity, 2030),
              unreserved.atYear(Metric::HostedCapacity, 2030));
}

// §2c: "a country with no regional market is never asked". The capacity payment investors want
// then never reaches public spending or hosted capacity; with a region it does.
TEST(MechanismV2, CapacityPaymentsPlayNoRoleWithoutARegionalMarket) {
    for (const double regionUsdBn : {0.0, 2000.0}) {
        Scenario unpaid = amplePowerScenario();
        unpaid.country.regionalMarketUsdBn = regionUsdBn;
        unpaid.strategy.setLever(Lever::ComputeAgreements, 1.0);
        unpaid.assumptions.capacityPaymentShare = 0.0;
        Scenario paid = unpaid;
        paid.assumptions.capacityPaymentShare = 0.5;
        const auto pf = project(unpaid);
        const auto pp = project(paid);
        if (regionUsdBn == 0.0) {
            for (int k = 0; k < pf.stepCount(); ++k) {
                ASSERT_EQ(pp.at(Metric::PublicSpending, k), pf.at(Metric::PublicSpending, k))
                    << "step " << k;
                ASSERT_EQ(pp.at(Metric::HostedCapacity, k), pf.at(Metric::HostedCapacity, k))
                    << "step " << k;
            }
        } else {
            EXPECT_GT(pp.atYear(Metric::PublicSpending, 2030),
                      pf.atYear(Metric::PublicSpending, 2030));
        }
    }
}

// §2c: the guarantee reserve never exceeds what guarantees on the export target would cost. A
// budget-limited negotiating country loses contracts to a larger region only where a hub can be
// built and guarantees cost something; where no hub can be built (tier 3) or guarantees are
// free, the region takes nothing from its contracts.
TEST(MechanismV2, GuaranteeReserveOnlyTakesWhatAHubCouldNeed) {
    auto contracted = [](Scenario s, double regionUsdBn) {
        s.country.regionalMarketUsdBn = regionUsdBn;
        return project(s);
    };
    Scenario base = amplePowerScenario();
    base.strategy.setLever(Lever::ComputeAgreements, 1.0);
    base.country.publicAiBudgetUsdBnPerYr = 0.003;
    // The trade-off exists: a hub that needs paid guarantees takes from the contract budget.
    {
        const auto small = contracted(base, 0.0);
        const auto large = contracted(base, 20000.0);
        ASSERT_GT(large.atYear(Metric::HostedCapacity, 2030),
                  small.atYear(Metric::HostedCapacity, 2030));
        EXPECT_LT(large.atYear(Metric::ComputeContracted, 2030),
                  small.atYear(Metric::ComputeContracted, 2030));
    }
    Scenario tierThree = base;
    tierThree.country.exportControlTier = 3;
    Scenario freeGuarantees = base;
    freeGuarantees.assumptions.capacityPaymentShare = 0.0;
    for (const auto& [label, s] :
         {std::pair{"tier 3", tierThree}, std::pair{"free guarantees", freeGuarantees}}) {
        const auto small = contracted(s, 0.0);
        const auto large = contracted(s, 20000.0);
        for (int k = 0; k < small.stepCount(); ++k) {
            ASSERT_EQ(large.at(Metric::ComputeContracted, k),
                      small.at(Metric::ComputeContracted, k))
                << label << ", step " << k;
        }
    }
}

// §2e, §4b: in a cut-off hosted capacity keeps its protected share π_H (local control under a
// Steer or Control compute posture, or negotiated with agreements) and loses the severity on the
// rest. At the first step of the cut-off both runs share their stocks, so the share kept is
// exactly π_H + (1 - π_H)(1 - s).
TEST(MechanismV2, ProtectionDecidesWhatHostedCapacityKeepsInACutoff) {
    struct Case {
        const char* name;
        Scenario calm;
        bool protectedCase;
    };
    Scenario steer = plainScenario();
    steer.strategy.setPosture(Layer::Compute, Posture::Steer);
    Scenario control = plainScenario();
    control.strategy.setPosture(Layer::Compute, Posture::Control);
    Scenario negotiated = plainScenario();
    negotiated.strategy.setLever(Lever::ComputeAgreements, 1.0);
    Scenario nothingToNegotiate = negotiated;
    nothingToNegotiate.assumptions.protectionMax = 0.0;
    const Case cases[] = {{"depend, no agreements", plainScenario(), false},
                          {"steer compute", steer, true},
                          {"control compute", control, true},
                          {"agreements 1", negotiated, true},
                          {"agreements 1, protection_max 0", nothingToNegotiate, false}};
    for (const double severity : {1.0, 0.5}) {
        for (const Case& c : cases) {
            const auto pc = project(c.calm);
            const auto px = project(withCutoff(c.calm, severity));
            const int k = stepAt(pc, 2030, 1);
            ASSERT_GT(pc.at(Metric::ComputeHosted, k), 0.0) << c.name;
            const double protection = px.at(Metric::HostedProtectionShare, k);
            const double kept = keptShare(px, pc, Metric::ComputeHosted, k);
            EXPECT_NEAR(kept, protection + (1 - protection) * (1 - severity), 1e-9)
                << c.name << ", severity " << severity << ": hosted with cut-off "
                << px.at(Metric::ComputeHosted, k) << ", without "
                << pc.at(Metric::ComputeHosted, k);
            if (c.protectedCase) {
                EXPECT_GT(kept, 1 - severity) << c.name << ", severity " << severity;
            } else {
                EXPECT_NEAR(kept, 1 - severity, 1e-12) << c.name << ", severity " << severity;
            }
        }
    }
}

// §2b and "Stock updates": contracts are a stock with a term. In a complete cut-off only the
// protected share is delivered and renewed, so contracted compute keeps falling while the cut-off
// lasts (at the rate the term sets) and is signed again once it ends.
TEST(MechanismV2, ContractsRunOutOverTheirTermInACutoff) {
    const auto contracts = [](double termYears) {
        Scenario s = plainScenario();
        s.strategy.setLever(Lever::ComputeAgreements, 0.5);
        s.assumptions.contractTermYears = termYears;
        return s;
    };
    const Scenario shortCalm = contracts(2.0);
    const Scenario longCalm = contracts(8.0);
    const auto pc = project(shortCalm);
    const auto ps = project(withCutoff(shortCalm, 1.0));
    const auto pl = project(withCutoff(longCalm, 1.0));
    const Metric m = Metric::ComputeContracted;
    const int first = stepAt(pc, 2030, 1);
    const int last = stepAt(pc, 2031, 12);
    const int after = stepAt(pc, 2032, 1);
    const int yearAfter = stepAt(pc, 2033, 1);
    ASSERT_GT(ps.at(m, first), 0.0);
    EXPECT_DOUBLE_EQ(pl.at(m, first), ps.at(m, first)); // same stock at the start
    // Not only at its start: what is kept of the calm run's contracts shrinks every step, and
    // contracted compute ends the cut-off below where it began.
    for (int k = first + 1; k <= last; ++k) {
        EXPECT_LT(keptShare(ps, pc, m, k), keptShare(ps, pc, m, k - 1)) << "step " << k;
        EXPECT_GT(pl.at(m, k), ps.at(m, k)) << "step " << k << ": a longer term falls as fast";
    }
    EXPECT_LT(ps.at(m, last), ps.at(m, first));
    // Signed again after the cut-off: recovery takes time, as signing does.
    EXPECT_GT(keptShare(ps, pc, m, after), keptShare(ps, pc, m, last));
    EXPECT_LT(ps.at(m, after), pc.at(m, after));
    EXPECT_GT(keptShare(ps, pc, m, yearAfter), keptShare(ps, pc, m, after));
}

// §2d: the market cloud serves only part of what the other channels leave, even in calm years:
// supplier tightness, export-control tier and price limit it.
TEST(MechanismV2, MarketCloudIsFiniteEvenInCalmYears) {
    const Scenario base = noHostingScenario();
    const auto pb = project(base);
    for (int k = 0; k < pb.stepCount(); ++k) {
        ASSERT_EQ(pb.at(Metric::ComputeHosted, k), 0.0) << "step " << k;
        ASSERT_EQ(pb.at(Metric::ComputeContracted, k), 0.0) << "step " << k;
        EXPECT_LT(pb.at(Metric::ComputeAccessTotal, k), pb.at(Metric::ComputeDemand, k))
            << "step " << k;
    }
    Scenario scarce = base;
    scarce.assumptions.marketScarcity = 0.8;
    Scenario tight = base;
    tight.assumptions.supplierTightness = 0.9;
    Scenario tier1 = base;
    tier1.country.exportControlTier = 1;
    Scenario tier3 = base;
    tier3.country.exportControlTier = 3;
    ASSERT_EQ(base.country.exportControlTier, 2.0);
    const auto ps = project(scarce);
    const auto pt = project(tight);
    const auto p1 = project(tier1);
    const auto p3 = project(tier3);
    for (const int year : {2025, 2030, 2035, 2040}) {
        const double market = pb.atYear(Metric::ComputeMarket, year);
        EXPECT_LT(ps.atYear(Metric::ComputeMarket, year), market) << "scarcity, " << year;
        EXPECT_LT(pt.atYear(Metric::ComputeMarket, year), market) << "tightness, " << year;
        EXPECT_GT(p1.atYear(Metric::ComputeMarket, year), market) << "tier 1, " << year;
        EXPECT_LT(p3.atYear(Metric::ComputeMarket, year), market) << "tier 3, " << year;
    }
    // The gap is the market's own: an open, slack market serves everything that is left.
    Scenario open = tier1;
    open.assumptions.marketScarcity = 0.0;
    const auto po = project(open);
    for (int k = 0; k < po.stepCount(); ++k) {
        EXPECT_NEAR(po.at(Metric::ComputeAccessTotal, k), po.at(Metric::ComputeDemand, k),
                    1e-9 * po.at(Metric::ComputeDemand, k))
            << "step " << k;
    }
}

// §2e: public services have first call on sovereign channels; ordinary cloud counts only for the
// share of critical workloads procurement rules admit (public_market_eligibility).
TEST(MechanismV2, CriticalInferenceCoverageCountsOrdinaryCloudOnlyProRata) {
    const Scenario passive = noSovereignChannelScenario();
    Scenario eligible = passive;
    eligible.assumptions.publicMarketEligibility = 0.9;
    Scenario barred = passive;
    barred.assumptions.publicMarketEligibility = 0.0;
    const auto pp = project(passive);
    const auto pe = project(eligible);
    const auto pb = project(barred);
    const Metric cov = Metric::CriticalInferenceCoverage;
    for (int k = 0; k < pp.stepCount(); ++k) {
        EXPECT_LT(pp.at(cov, k), 1.0) << "step " << k;
        EXPECT_GT(pp.at(cov, k), 0.0) << "step " << k;
        EXPECT_GT(pe.at(cov, k), pp.at(cov, k)) << "step " << k;
        EXPECT_EQ(pb.at(cov, k), 0.0) << "step " << k;
    }
    // A fleet of its own that covers critical inference covers it fully, cloud or no cloud.
    Scenario fleet = barred;
    fleet.country.domesticComputeH100e = 5000.0;
    EXPECT_EQ(project(fleet).at(cov, 0), 1.0);
}

// §4: the walk-away option is the sovereign fleet in absolute terms, measured at today's frontier;
// a cut-off removes the country's alternative suppliers.
TEST(MechanismV2, LeverageRestsOnTheSovereignFleetAndOnSwitching) {
    // No budget, so nothing is bought and each run keeps exactly its 2025 fleet until it retires.
    Scenario small = plainScenario();
    small.country.publicAiBudgetUsdBnPerYr = 0.0;
    Scenario large = small;
    large.country.domesticComputeH100e = 200000.0;
    const auto ps = project(small);
    const auto pl = project(large);
    const Metric lev = Metric::BargainingLeverage;
    for (int k = 0; k < ps.stepCount(); ++k) {
        EXPECT_GE(pl.at(lev, k), ps.at(lev, k)) << "step " << k;
    }
    EXPECT_GT(pl.atYear(lev, 2025), ps.atYear(lev, 2025));
    EXPECT_GT(pl.atYear(lev, 2028), ps.atYear(lev, 2028));

    // The same fleet weighs less after a chip leap; with no fleet a leap changes nothing.
    const auto leap = [](Scenario s) {
        s.shocks.push_back(makeShock(ShockType::ChipLeap, {2027, 1}, 1, 1.0));
        return s;
    };
    const auto pll = project(leap(large));
    const int leapStep = stepAt(pl, 2027, 1);
    const int fleetGone = stepAt(pl, 2030, 7); // the 2025 fleet has retired
    for (int k = 0; k < pl.stepCount(); ++k) {
        if (k < leapStep || k >= fleetGone) {
            EXPECT_DOUBLE_EQ(pll.at(lev, k), pl.at(lev, k)) << "step " << k;
        } else {
            EXPECT_LT(pll.at(lev, k), pl.at(lev, k)) << "step " << k;
        }
    }
    Scenario none = small;
    none.country.domesticComputeH100e = 0.0;
    const auto pn = project(none);
    const auto pnl = project(leap(none));
    for (int k = 0; k < pn.stepCount(); ++k) {
        EXPECT_DOUBLE_EQ(pnl.at(lev, k), pn.at(lev, k)) << "step " << k;
    }

    // A cut-off lowers switchability and so leverage at once; when the suppliers are one bloc
    // there is no alternative to lose.
    const Scenario calm = plainScenario();
    Scenario oneBloc = calm;
    oneBloc.assumptions.supplierConcentration = 1.0;
    const int k = stepAt(pl, 2030, 1);
    EXPECT_LT(project(withCutoff(calm, 0.8)).at(lev, k), project(calm).at(lev, k));
    EXPECT_DOUBLE_EQ(project(withCutoff(oneBloc, 0.8)).at(lev, k), project(oneBloc).at(lev, k));
}

// §9: shocks are tested on calendar dates. With weekly steps (days 1, 8, 15 and 22), a shock
// starting in May 2030 acts on the step of 1 May, not on the one of 22 April, and a two-month
// shock acts on 22 June but not on 1 July.
TEST(MechanismV2, ShocksStartAndEndOnCalendarDatesWithWeeklySteps) {
    Scenario calm = plainScenario();
    calm.timeline.step = Step::Week;
    calm.timeline.endYear = 2031;
    const auto pc = project(calm);
    const auto stepOn = [&pc](int year, int month, int day) {
        for (int k = 0; k < pc.stepCount(); ++k) {
            if (pc.dateAt(k) == Date{year, month, day}) {
                return k;
            }
        }
        ADD_FAILURE() << "no step on " << year << "-" << month << "-" << day;
        return 0;
    };
    const int april22 = stepOn(2030, 4, 22);
    const int may1 = stepOn(2030, 5, 1);
    const int june22 = stepOn(2030, 6, 22);
    const int july1 = stepOn(2030, 7, 1);
    ASSERT_EQ(may1, april22 + 1);

    const auto pcut = project(withCutoff(calm, 0.8, {2030, 5}, 2));
    const Metric market = Metric::ComputeMarket;
    EXPECT_EQ(pcut.at(market, april22), pc.at(market, april22));
    EXPECT_LT(pcut.at(market, may1), 0.5 * pc.at(market, may1));

    // Demand is exogenous, so a surge shows exactly when it is active, at its start and its end.
    Scenario surge = calm;
    surge.shocks.push_back(makeShock(ShockType::DemandSurge, {2030, 5}, 2, 0.8));
    const auto ps = project(surge);
    const Metric demand = Metric::ComputeDemand;
    EXPECT_EQ(ps.at(demand, april22), pc.at(demand, april22));
    EXPECT_GT(ps.at(demand, may1), pc.at(demand, may1));
    EXPECT_GT(ps.at(demand, june22), pc.at(demand, june22));
    EXPECT_EQ(ps.at(demand, july1), pc.at(demand, july1));
}

// §2a: the owned budget is planned over the life of what it buys, so purchases scale with the
// budget and a year lost to a cut-off is never caught up by a burst later.
TEST(MechanismV2, OwnedPurchasesScaleWithTheBudgetAndAreNotCaughtUp) {
    const auto p0 = project(ownedComputeScenario(0.0));
    const auto p1 = project(ownedComputeScenario(0.2));
    const auto p2 = project(ownedComputeScenario(0.4));
    const Metric owned = Metric::ComputeOwned;
    for (const int year : {2026, 2028, 2030, 2034}) {
        const double bought1 = p1.atYear(owned, year) - p0.atYear(owned, year);
        const double bought2 = p2.atYear(owned, year) - p0.atYear(owned, year);
        ASSERT_LT(p2.atYear(owned, year), p2.atYear(Metric::ComputeDemand, year)) << year;
        EXPECT_GT(bought1, 0.0) << year;
        EXPECT_NEAR(bought2 / bought1, 2.0, 1e-9)
            << year << ": bought with 0.2 bn/yr " << bought1 << ", with 0.4 bn/yr " << bought2;
    }

    // A complete two-year cut-off stops imports; afterwards purchases resume at the calm pace.
    const Scenario calm = ownedComputeScenario(1.0);
    const auto pc = project(calm);
    const auto px = project(withCutoff(calm, 1.0));
    for (int k = 0; k < pc.stepCount(); ++k) {
        EXPECT_LE(px.at(owned, k), pc.at(owned, k) * (1 + kRounding)) << "step " << k;
    }
    // Until the first cohort the calm run bought in the cut-off starts to retire (2036), both
    // fleets lose the same cohorts, so equal growth means equal purchases.
    for (int k = stepAt(pc, 2032, 1); k + 1 < stepAt(pc, 2036, 1); ++k) {
        const double grownCalm = pc.at(owned, k + 1) - pc.at(owned, k);
        const double grownAfterCutoff = px.at(owned, k + 1) - px.at(owned, k);
        EXPECT_NEAR(grownAfterCutoff, grownCalm, 1e-9 * pc.at(owned, k)) << "step " << k;
    }
}

// §8b: market spending is what users pay for hosted and market cloud; public spending is public
// money only.
TEST(MechanismV2, MarketSpendingIsNotPublicSpending) {
    const auto pp = project(noSovereignChannelScenario());
    for (int k = 0; k < pp.stepCount(); ++k) {
        EXPECT_EQ(pp.at(Metric::PublicSpending, k), 0.0) << "step " << k;
        EXPECT_GT(pp.at(Metric::MarketSpending, k), 0.0) << "step " << k;
    }
    // A scarcer market: less market compute, less market spending, the same public spending.
    Scenario base = ownedComputeScenario(1.0);
    base.strategy.setLever(Lever::ComputeAgreements, 0.5);
    Scenario scarce = base;
    scarce.assumptions.marketScarcity = 0.8;
    const auto pb = project(base);
    const auto ps = project(scarce);
    for (int k = 0; k < pb.stepCount(); ++k) {
        ASSERT_GT(pb.at(Metric::ComputeMarket, k), 0.0) << "step " << k;
        EXPECT_LT(ps.at(Metric::ComputeMarket, k), pb.at(Metric::ComputeMarket, k)) << "step " << k;
        EXPECT_LT(ps.at(Metric::MarketSpending, k), pb.at(Metric::MarketSpending, k))
            << "step " << k;
        EXPECT_EQ(ps.at(Metric::PublicSpending, k), pb.at(Metric::PublicSpending, k))
            << "step " << k;
    }
    // Owned compute is public money, not market money: with no hosting and the market cloud cut
    // off completely, users pay nothing on the market while the public fleet keeps running.
    Scenario fleetOnly = ownedComputeScenario(1.0);
    fleetOnly.assumptions.localHostingShare = 0.0;
    const auto pf = project(withCutoff(fleetOnly, 1.0));
    const int k = stepAt(pf, 2031, 1);
    ASSERT_GT(pf.at(Metric::ComputeOwned, k), 0.0);
    EXPECT_GT(pf.at(Metric::PublicSpending, k), 0.0);
    EXPECT_EQ(pf.at(Metric::MarketSpending, k), 0.0);
}

} // namespace
} // namespace sovsim
