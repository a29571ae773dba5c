#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QJsonValue>
#include <QSortFilterProxyModel>

class JsonTreeModel;

// Filters a JsonTreeModel by a case-insensitive text found in a key, a value or a JSON path, without
// building the model's nodes to do so. A row is kept when it matches, when a descendant matches (found
// by walking the row's raw QJsonValue, at most SearchBudget values, never through the model), or when
// an ancestor matches; children are filtered only when a view asks for them, so the model stays lazy.
// Matching cells come back bold and highlighted; MatchRole tells whether a row matches itself.
// Values the model masks are never matched by their hidden text.
class JsonTreeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeFilterProxy)

public:
    enum Role
    {
        MatchRole = Qt::UserRole + 64 // bool: the row itself matches the filter
    };

    // Raw JSON values one descendant search may visit; past it a branch is kept as a possible match.
    static constexpr qsizetype SearchBudget = 400000;

    explicit JsonTreeFilterProxy(QObject* parent = nullptr);
    ~JsonTreeFilterProxy() override;

    void setSourceModel(QAbstractItemModel* sourceModel) override;
    JsonTreeModel* jsonModel() const;

    void setFilterText(const QString& text);
    QString filterText() const;
    bool isFiltering() const;

    // Whether a filter also matches the rendered value (e.g. a claim's time as text), which needs the
    // model's node. Off by default: rows are then matched on their raw JSON until they are shown.
    void setMatchRenderedValues(bool match);

    void setHighlight(const QFont& font, const QColor& background);

    // True when the source row matches by itself (key, shown value or path).
    bool rowMatches(const QModelIndex& sourceIndex) const;
    // True when a descendant of the source row matches.
    bool descendantMatches(const QModelIndex& sourceIndex) const;
    // True when the last filter had to stop a descendant search early (the branch was kept).
    bool searchWasCut() const;

    // Whether a key or value is a credential, by the one secret policy (SecretPolicy::isSecret).
    static bool looksSecret(const QString& key, const QJsonValue& value);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool contains(const QString& text) const;
    bool rawMatches(const QString& key, bool isIndex, qsizetype row, const QJsonValue& value, const QString& parentPath,
        QString* path) const;
    bool rawDescendantMatches(const QJsonValue& value, const QString& path, qsizetype* budget) const;
    bool withinMatchedBranch(const QModelIndex& sourceIndex) const;
    bool cellMatches(const QModelIndex& sourceIndex) const;
    void clearCaches();

    QString m_text;
    bool m_pathText = false; // the filter text can only be found in a whole path
    bool m_matchRendered = false;
    QFont m_highlightFont;
    QColor m_highlightBackground;
    mutable bool m_searchCut = false;
    mutable QHash<const void*, bool> m_descendantCache;
    mutable QHash<const void*, bool> m_branchCache;
};
