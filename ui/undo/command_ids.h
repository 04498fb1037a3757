#pragma once

namespace pmm::ui {

// Every undo command's id, in one place: QUndoStack only tries to merge commands with the
// same id, so ids must never collide. -1 (QUndoCommand's default) means "never merge".
enum CommandId : int {
    kAddRecordCommand = 1,
    kRemoveRecordCommand = 2,
    kSetFieldCommand = 3,

    // Launch tiering (ui/launches): 300-399.
    kAddLaunchCommand = 300,
    kSetLaunchFieldCommand = 301,
    kOverrideTierCommand = 302,
    kSetChecklistItemCommand = 303,
    kRemoveLaunchCommand = 304,

    // Battlecards (ui/battlecards): 400-499.
    kAddBattlecardCommand = 400,
    kBattlecardRevisionCommand = 401,
    kLogCompetitorLaunchCommand = 402,
    kRemoveBattlecardCommand = 403,
    // Positioning and win/loss (ui/positioning): 500-599.
    // Positioning reviews (review wizard): 500-509.
    kReviewWizardCommand = 500,
    // Win/loss records (deals dialogs): 510-519.
    kDealImportCommand = 510,
    kAddDealCommand = 511,
    kRemoveDealCommand = 512,
    // Positioning statements (section): 520-529.
    kStatementVersionCommand = 520,
    // Skills (ui/skills): 600-699.
    kAddAssessmentCommand = 600,
    kEditSkillsFrameworkCommand = 601,
    kCompetencyListCommand = 602,
};

}  // namespace pmm::ui
