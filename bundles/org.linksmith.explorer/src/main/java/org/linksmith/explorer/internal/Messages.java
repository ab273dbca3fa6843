/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the Explorer (see {@code messages.properties}). */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.linksmith.explorer.internal.messages"; //$NON-NLS-1$
	public static String Recovery_Title;
	public static String Recovery_Looking;
	public static String Recovery_Finish;
	public static String Recovery_Undo;
	public static String Recovery_Forget;
	public static String Recovery_Later;
	public static String Recovery_Working;
	public static String Window_Title;
	public static String Window_TitleFolder;
	public static String Start_InstanceInUse;
	public static String Start_InstanceUnwritable;
	public static String Start_NoDisplay;
	public static String Menu_ShowView;
	public static String Menu_File;
	public static String Menu_Edit;
	public static String Menu_Window;
	public static String Menu_Help;
	public static String Column_Name;
	public static String Column_Size;
	public static String Column_Modified;
	public static String Column_Type;
	public static String Column_Target;
	public static String Column_Path;
	public static String Column_State;
	public static String Address_Hint;
	public static String Address_Invalid;
	public static String Address_NotAFolder;
	public static String Address_Unreadable;
	public static String Action_Back;
	public static String Action_Forward;
	public static String Action_Up;
	public static String Action_Rescan;
	public static String Size_Bytes;
	public static String Type_Folder;
	public static String Type_File;
	public static String Type_Link;
	public static String Type_FolderLink;
	public static String Type_BrokenLink;
	public static String Type_LinkLoop;
	public static String Type_Hard;
	public static String Type_Junction;
	public static String Type_Other;
	public static String State_Broken;
	public static String State_Loop;
	public static String Status_Items;
	public static String Status_Selected;
	public static String Status_Link;
	public static String Job_Listing;
	public static String Job_ListingFolder;
	public static String Job_Scan;
	public static String Links_BrokenOnly;
	public static String Links_AllTypes;
	public static String Links_Symbolic;
	public static String Links_Hard;
	public static String Links_Junctions;
	public static String Links_Summary;
	public static String Links_SummaryHere;
	public static String Links_FilterBroken;
	public static String Links_FilterType;
	public static String Links_Recursive;
	public static String Files_CopySuffix;
	public static String Preferences_Description;
	public static String Action_Size;
	public static String Job_Size;
	public static String Dialog_SizeTitle;
	public static String Dialog_SizeMany;
	public static String Preferences_SmartTransfer;
	public static String Files_LinkSuffix;
	public static String Files_IntoItself;
	public static String Files_TrashFailed;
	public static String Action_Open;
	public static String Action_Cut;
	public static String Action_Copy;
	public static String Action_Paste;
	public static String Action_PasteLink;
	public static String Action_NewFolder;
	public static String Action_Rename;
	public static String Action_Delete;
	public static String Dialog_NewFolderTitle;
	public static String Dialog_NewFolderMessage;
	public static String Dialog_RenameTitle;
	public static String Dialog_NameEmpty;
	public static String Dialog_NameSlash;
	public static String Dialog_DeleteTitle;
	public static String Dialog_DeleteLinks;
	public static String Dialog_DeleteTrash;
	public static String Dialog_DeletePermanent;
	public static String Job_Files;
	public static String Action_DeletePermanently;
	public static String Operation_NewFolder;
	public static String Operation_Rename;
	public static String Operation_Move;
	public static String Operation_MoveMany;
	public static String Operation_Copy;
	public static String Operation_CopyMany;
	public static String Operation_Link;
	public static String Operation_LinkMany;
	public static String Operation_Delete;
	public static String Operation_DeleteMany;
	public static String Undo_FolderNotEmpty;
	public static String Undo_Failed;
	public static String Undo_LinkChanged;
	public static String Files_NotInTrash;
	public static String Files_RestoreTaken;
	public static String Files_TrashNotOurs;
	public static String Undo_FolderReplaced;
	public static String Undo_CopyKept;
	public static String Action_PasteHardLink;
	public static String Action_PasteJunction;
	public static String Dialog_DeleteMore;
	public static String Dialog_DeleteOneLink;
	public static String Job_Sorting;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
