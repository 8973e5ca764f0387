// PlanFormats
