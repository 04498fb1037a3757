#include "demo/demo_launch_themes.h"

namespace pmm::demo {

namespace {

constexpr std::array<LaunchTheme, 24> kThemes = {{
    {"Usage-based billing for {P}",
     "Finance leads decide to expand seats without a procurement cycle",
     "Seat expansions without procurement, per month", 12, 30, "", 0},
    {"{P} single sign-on with SCIM provisioning",
     "IT admins approve {P} for company-wide rollout in the first security review",
     "Security reviews passed on first submission", 48, 80, " %", 0},
    {"Self-serve onboarding in {P}", "Team leads choose to start a trial without talking to sales",
     "Trial starts without a sales touch, per week", 140, 260, "", 0},
    {"{P} audit log export", "Compliance officers sign off on {P} for regulated teams",
     "Regulated accounts won per quarter", 6, 14, "", 0},
    {"AI forecasting assistant for {P}",
     "Revenue leaders trust {P} forecasts enough to drop their spreadsheet",
     "Weekly active forecast users", 22, 45, " %", 0},
    {"Multi-currency invoicing in {P}", "International finance teams consolidate billing on {P}",
     "Accounts invoicing in two or more currencies", 35, 120, "", 0},
    {"{P} mobile approvals",
     "Managers approve requests on the go instead of waiting for their desk",
     "Median approval time", 3.8, 1.5, " days", 1},
    {"Salesforce sync for {P}", "Sales operations pick {P} over building their own integration",
     "Opportunities with {P} data synced", 18, 55, " %", 0},
    {"{P} data residency in the EU", "European buyers stop asking for a data-processing exception",
     "EU deals closed without a residency exception", 40, 85, " %", 0},
    {"Role-based dashboards in {P}",
     "Executives open {P} themselves instead of asking for a weekly export",
     "Executive weekly active users", 9, 25, " %", 0},
    {"{P} free tier", "Individual practitioners adopt {P} before their company buys it",
     "Free sign-ups converting to paid within 90 days", 2.1, 4.5, " %", 1},
    {"Partner marketplace listing for {P}", "Procurement buys {P} through committed cloud spend",
     "Marketplace-transacted bookings", 0.4, 2.5, " M USD", 1},
    {"{P} redesigned navigation", "New users find the core workflow without a training session",
     "Onboarding tasks completed in week one", 52, 75, " %", 0},
    {"Bulk import API for {P}", "Implementation partners migrate customers in days, not weeks",
     "Median migration time", 21, 7, " days", 0},
    {"Usage alerts and spend caps in {P}", "Budget owners renew without a surprise-bill escalation",
     "Billing escalations per quarter", 38, 10, "", 0},
    {"{P} Slack and Teams notifications", "Teams act on {P} alerts where they already work",
     "Alerts acted on within an hour", 31, 60, " %", 0},
    {"Custom report builder in {P}",
     "Analysts answer their own questions instead of filing data requests",
     "Data requests filed per month", 260, 120, "", 0},
    {"{P} sandbox environments",
     "Enterprise admins test changes safely and approve faster upgrades",
     "Enterprise accounts on the latest release", 44, 75, " %", 0},
    {"Packaging and pricing refresh for {P}",
     "Mid-market buyers pick the right plan without a sales call", "Self-serve upgrades per month",
     75, 140, "", 0},
    {"{P} HIPAA-ready workspaces",
     "Healthcare buyers shortlist {P} without a custom security addendum",
     "Healthcare opportunities created per quarter", 8, 20, "", 0},
    {"Offline mode for {P}", "Field teams keep working in {P} where the network drops",
     "Field users active weekly", 35, 60, " %", 0},
    {"{P} workflow automation templates",
     "Operations managers automate a process in their first week",
     "Accounts with an active automation", 27, 50, " %", 0},
    {"Customer health scores in {P}",
     "Customer success managers intervene before a renewal is at risk", "Gross revenue retention",
     88, 93, " %", 0},
    {"{P} accessibility (WCAG 2.2 AA)",
     "Public-sector buyers pass the accessibility review on first submission",
     "Public-sector bids passing accessibility review", 55, 95, " %", 0},
}};

constexpr std::array<std::string_view, 12> kQualifiers = {"",
                                                          "",
                                                          "",
                                                          "",
                                                          "",
                                                          " (EMEA)",
                                                          " (APAC)",
                                                          " (beta)",
                                                          " phase 2",
                                                          " for Enterprise",
                                                          " (North America)",
                                                          " GA"};

// [criterion][score - 1][variant]
constexpr std::array<std::array<std::array<std::string_view, 2>, 5>, 3> kEvidence = {{
    {{
        {"No revenue attached; a hygiene improvement", "Protects a handful of small renewals"},
        {"Protects {n} small renewals (under $50k ARR each)", "Unblocks about $120k of pipeline"},
        {"About ${n}0k of open pipeline mentions it",
         "Named in {n} mid-market opportunities this quarter"},
        {"${n}.2M pipeline in {n}4 opportunities lists it as a requirement",
         "Expansion motion worth ${n}00k ARR across existing accounts"},
        {"Top 20 accounts asked for it; ${n}.4M expansion tied to it",
         "Gating {n} enterprise renewals worth over $1M each"},
    }},
    {{
        {"No competitor offers it; no deals lost over it",
         "Nice to have; never raised in a competitive evaluation"},
        {"One competitor has it in beta", "{C} announced it but has not shipped"},
        {"{C} shipped it last quarter; raised in some evaluations",
         "Analysts list it as table stakes within a year"},
        {"Lost {n} deals to {C} where this was cited",
         "{C} leads with it in every head-to-head demo"},
        {"{C} is using it to displace us at renewal; {n} accounts at risk",
         "Lost {n}2 deals to {C} this half over this gap"},
    }},
    {{
        {"A single request in the ideas portal", "Requested once, by an internal team"},
        {"{n} requests in the ideas portal", "Mentioned in {n} support tickets"},
        {"{n} customers asked for it in QBRs this quarter", "{n}0 votes in the ideas portal"},
        {"Top-voted idea with {n}40 votes; advisory board ranks it top 3",
         "{n}5 customers on the waitlist for early access"},
        {"Customer advisory board's #1 ask; {n}0 enterprise accounts waiting",
         "Raised in {n}0 % of win/loss interviews this half"},
    }},
}};

constexpr std::array<std::string_view, 8> kUpgradeReasons = {
    "Board commitment for EMEA expansion: the CEO announced it at the annual meeting",
    "Analyst briefing with Gartner already scheduled; it anchors our Magic Quadrant story",
    "Renewal of our largest customer depends on it and the CRO asked for full launch support",
    "Competitive response: the main rival launches the same week and we must be louder",
    "Keynote launch at our user conference; the event team needs Tier 1 deliverables",
    "Strategic partner co-marketing agreement requires a Tier 1 launch",
    "First launch of the new platform; sets the narrative for the whole year",
    "Pricing change affects every customer: needs the full communication plan",
};

constexpr std::array<std::string_view, 6> kDowngradeReasons = {
    "Engineering cut scope to a beta for ten design partners; a full launch waits for GA",
    "Quarter already over Tier 1 capacity; launched quietly and revisited next quarter",
    "Legal review pending in two regions; limited announcement only",
    "Bundled with the platform launch of the same month; no separate campaign",
    "Sales asked to hold announcements until the pricing change lands",
    "Same capability as last quarter's launch; only a follow-up note is needed",
};

}  // namespace

std::span<const LaunchTheme> launchThemes() {
    return kThemes;
}

std::span<const std::string_view> launchQualifiers() {
    return kQualifiers;
}

std::span<const std::string_view> criterionEvidence(launches::Criterion criterion, int score) {
    const auto c = static_cast<std::size_t>(criterion);
    const auto s = static_cast<std::size_t>(score < 1 ? 0 : score > 5 ? 4 : score - 1);
    return kEvidence[c][s];
}

std::span<const std::string_view> upgradeReasons() {
    return kUpgradeReasons;
}

std::span<const std::string_view> downgradeReasons() {
    return kDowngradeReasons;
}

}  // namespace pmm::demo
