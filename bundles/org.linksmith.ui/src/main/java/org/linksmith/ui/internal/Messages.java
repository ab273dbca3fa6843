/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the UI bundle (see {@code messages.properties}). */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.linksmith.ui.internal.messages"; //$NON-NLS-1$
	public static String Create_Title;
	public static String Create_Intro;
	public static String Create_FolderLabel;
	public static String Create_NameLabel;
	public static String Create_TargetLabel;
	public static String Create_DefaultName;
	public static String Create_BrowseFolder;
	public static String Create_BrowseTarget;
	public static String Create_TypeLabel;
	public static String Create_TypeSymbolic;
	public static String Create_TypeHard;
	public static String Create_TypeJunction;
	public static String Create_TypeUnavailableLabel;
	public static String Create_JunctionUnavailable;
	public static String Create_TypeUnavailable;
	public static String Create_Relative;
	public static String Create_Validating;
	public static String Create_NoFolder;
	public static String Create_NoName;
	public static String Create_BadName;
	public static String Create_NoTarget;
	public static String Create_InvalidPath;
	public static String Create_FolderMissing;
	public static String Create_NameTaken;
	public static String Create_HardTargetMissing;
	public static String Create_HardToFolder;
	public static String Create_HardCrossVolume;
	public static String Create_Dangling;
	public static String Create_Ready;
	public static String Create_ReadyHard;
	public static String Create_Preview;
	public static String Kind_SymbolicFile;
	public static String Kind_SymbolicFolder;
	public static String Kind_Hard;
	public static String Kind_Junction;
	public static String Kind_Reparse;
	public static String Kind_None;
	public static String Decoration_TargetSuffix;
	public static String Decoration_BrokenSuffix;
	public static String Decoration_LoopSuffix;
	public static String Decoration_LinksSuffix;
	public static String Job_Inspect;
	public static String Job_FailedTitle;
	public static String Job_Failed;
	public static String Move_ChooseTitle;
	public static String Move_ChooseMessage;
	public static String Move_ConfirmTitle;
	public static String Move_ExistsFolder;
	public static String Move_ExistsFile;
	public static String Move_Into;
	public static String Move_OtherName;
	public static String Move_NewName;
	public static String Move_NameInvalid;
	public static String Move_NameTaken;
	public static String Move_ConfirmMessage;
	public static String OpenTarget_Title;
	public static String OpenTarget_Broken;
	public static String Operation_CreateLink;
	public static String Operation_CreateLinks;
	public static String Operation_RemoveLink;
	public static String Operation_RemoveLinks;
	public static String Operation_Retarget;
	public static String Operation_Clone;
	public static String Operation_Clones;
	public static String Operation_SymbolicClone;
	public static String Operation_SymbolicClones;
	public static String Operation_SmartCopy;
	public static String Operation_SmartCopies;
	public static String SmartCopy_Cropped;
	public static String Clone_UndoKept;
	public static String Page_Reading;
	public static String Page_Path;
	public static String Page_Type;
	public static String Page_Target;
	public static String Page_Resolved;
	public static String Page_Chain;
	public static String Page_LoopEnd;
	public static String Page_State;
	public static String Page_StateOk;
	public static String Page_StateBroken;
	public static String Page_StateLoop;
	public static String Page_Links;
	public static String Page_OtherNames;
	public static String Page_NoneWithin;
	public static String Page_SomeOutside;
	public static String Page_OpenTarget;
	public static String Page_Error;
	public static String Preferences_Description;
	public static String Preferences_OverlaySymbolic;
	public static String Preferences_OverlayJunction;
	public static String Preferences_OverlayHard;
	public static String Preferences_OverlayBroken;
	public static String Preferences_SuffixTarget;
	public static String Preferences_SuffixCount;
	public static String Preferences_RelativeByDefault;
	public static String Preferences_ConfirmRemove;
	public static String Preferences_OuterLinks;
	public static String Preferences_OuterSplice;
	public static String Preferences_OuterCrop;
	public static String Preferences_OuterUnroll;
	public static String Remove_Title;
	public static String Remove_Confirm;
	public static String Remove_ConfirmHard;
	public static String Remove_ConfirmMany;
	public static String Remove_DoNotAsk;
	public static String Remove_NotLinks;
	public static String Retarget_Title;
	public static String Retarget_Message;
	public static String Retarget_Empty;
	public static String Retarget_NotALink;
	public static String Retarget_Same;
	public static String Retarget_Itself;
	public static String Retarget_JunctionToFile;
	public static String Retarget_Preview;
	public static String Retarget_AFolder;
	public static String Retarget_AFile;
	public static String Retarget_Nothing;
	public static String Retarget_Dangling;
	public static String Retarget_Ready;
	public static String Retarget_LinkLabel;
	public static String Retarget_TargetLabel;
	public static String Retarget_BrowseFile;
	public static String Retarget_BrowseFolder;
	public static String Pick_Many;
	public static String Pick_Status;
	public static String DropAs_Symbolic;
	public static String DropAs_Hard;
	public static String DropAs_Junction;
	public static String DropAs_Clone;
	public static String Size_Size;
	public static String Size_OnDisk;
	public static String Size_Contents;
	public static String Size_ContentsValue;
	public static String Size_HardLinks;
	public static String Size_HardLinksValue;
	public static String Size_NotEntered;
	public static String Size_Bytes;
	public static String Size_Human;
	public static String Size_Measuring;
	public static String Job_Size;
	public static String DropAs_SymbolicClone;
	public static String DropAs_SmartCopy;
	public static String Operation_Relocate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
