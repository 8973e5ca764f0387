// GanttUI
