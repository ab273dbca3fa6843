/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the command line (see {@code messages.properties}). */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.linksmith.cli.internal.messages"; //$NON-NLS-1$
	public static String Main_NoCommand;
	public static String Main_SeeHelp;
	public static String Main_DidYouMean;
	public static String Mklink_BadSwitch;
	public static String Main_Warning;
	public static String Main_Error;
	public static String Recover_None;
	public static String Recover_Entry;
	public static String Recover_ChoicesBoth;
	public static String Recover_ChoicesUndo;
	public static String Recover_ChoicesFinish;
	public static String Recover_ChoicesForget;
	public static String Recover_NameOne;
	public static String Recover_NoSuchId;
	public static String Recover_Finished;
	public static String Recover_Undone;
	public static String Recover_Forgotten;
	public static String Main_Interrupted;
	public static String Create_Done;
	public static String Mklink_Symbolic;
	public static String Mklink_Junction;
	public static String Mklink_Hard;
	public static String Retarget_Done;
	public static String Remove_Done;
	public static String Remove_DoneHard;
	public static String Relocate_Done;
	public static String Copy_Kept;
	public static String Copy_Repointed;
	public static String Copy_Spliced;
	public static String Copy_Cropped;
	public static String Copy_Unrolled;
	public static String Copy_Was;
	public static String Copy_UnrolledFrom;
	public static String Copy_Summary;
	public static String Copy_Groups;
	public static String Copy_Done;
	public static String Copy_Plan;
	public static String Move_Done;
	public static String Move_Plan;
	public static String Copy_Unsaturated;
	public static String Convert_NoStyle;
	public static String Size_Bytes;
	public static String Clone_NoKind;
	public static String Clone_DoneHard;
	public static String Clone_DoneSymbolic;
	public static String Size_Line;
	public static String Size_Unknown;
	public static String Size_Counts;
	public static String Size_Groups;
	public static String Size_Group;
	public static String Size_MountPoint;
	public static String Size_Total;
	public static String PointingHere_Summary;
	public static String Move_Guard;
	public static String Move_LeftBroken;
	public static String Move_Updated;
	public static String Move_WouldUpdate;
	public static String Repair_Summary;
	public static String Repair_SummaryFixed;
	public static String Repair_HintAuto;
	public static String Repair_NoCandidate;
	public static String Repair_Candidate;
	public static String Repair_Fixed;
	public static String Repair_NotFixed;
	public static String Repair_WouldFix;
	public static String Repair_Clear;
	public static String Repair_Choose;
	public static String Repair_MatchIdentity;
	public static String Repair_MatchPrefix;
	public static String Repair_MatchNameSize;
	public static String Repair_MatchName;
	public static String Repair_MatchClose;
	public static String Index_NeedsDir;
	public static String Index_FullAlone;
	public static String Index_DirWithoutAction;
	public static String Index_Removed;
	public static String Index_NotARoot;
	public static String Index_Empty;
	public static String Index_NotCovered;
	public static String Index_Scanned;
	public static String Index_None;
	public static String Index_RootNeverScanned;
	public static String Index_Root;
	public static String Index_Location;
	public static String Index_AgeSeconds;
	public static String Index_AgeMinutes;
	public static String Index_AgeHours;
	public static String Index_AgeDays;
	public static String PointingHere_FromIndex;
	public static String PointingHere_NoIndex;
	public static String Convert_NotALinkOrFolder;
	public static String Convert_Line;
	public static String Convert_Summary;
	public static String Convert_Planned;
	public static String List_Summary;
	public static String List_Progress;
	public static String Main_Undecodable;
	public static String Usage_UnknownOption;
	public static String Usage_UnknownCommand;
	public static String Usage_NoValue;
	public static String Usage_MissingValue;
	public static String Usage_Missing;
	public static String Usage_MissingOption;
	public static String Usage_Unexpected;
	public static String Usage_Exclusive;
	public static String Usage_BadChoice;
	public static String Usage_BadPath;
	public static String List_Unreadable;
	public static String Siblings_Elsewhere;
	public static String Output_BrokenMark;
	public static String Output_LoopMark;
	public static String Output_LinksMark;
	public static String Output_Path;
	public static String Output_Type;
	public static String Output_NotALink;
	public static String Output_Target;
	public static String Output_Chain;
	public static String Output_Resolved;
	public static String Output_State;
	public static String Output_StateOk;
	public static String Output_StateBroken;
	public static String Output_StateLoop;
	public static String Output_Links;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
