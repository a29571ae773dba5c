#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QJsonValue>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <memory>
#include <optional>

class JsonTreeModel;

// Filters a JsonTreeModel by a case-insensitive text found in a key, a value or a JSON path, without
// building the model's nodes to do so. A row is kept when it matches, when a descendant matches, or when an
// ancestor matches; children are filtered only when a view asks for them, so the model stays lazy.
// Which rows match or hold a match is found once per filter text by walking the raw QJsonValue (never the model),
// into a sparse tree of the matches that every row then looks itself up in. prepareFilterText() does that walk in
// slices of about SliceMs between turns of the event loop, so that a 5,000-contact account never freezes the
// window; setFilterText() does it at once.
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

    // The longest one slice of a prepared filter's walk runs before the event loop gets its turn.
    static constexpr int SliceMs = 8;

    explicit JsonTreeFilterProxy(QObject* parent = nullptr);
    ~JsonTreeFilterProxy() override;

    void setSourceModel(QAbstractItemModel* sourceModel) override;
    JsonTreeModel* jsonModel() const;

    // Applies the filter at once (an empty text at once too, in either call).
    void setFilterText(const QString& text);
    // Looks for text in slices and applies it when every value has been looked at: filterReady() then. The rows
    // shown stay those of the filter before until then; a newer text (either call) drops the walk under way.
    void prepareFilterText(const QString& text);
    bool isPreparing() const { return m_search != nullptr || m_waitingText.has_value(); }
    QString filterText() const;
    bool isFiltering() const;

    // Whether a filter also matches the rendered value (e.g. a claim's time as text), which needs the
    // model's node. Off by default: rows are then matched on their raw JSON until they are shown.
    void setMatchRenderedValues(bool match);

    void setHighlight(const QFont& font, const QColor& background);

    // True when the source row matches by itself (key, shown value or path).
    bool rowMatches(const QModelIndex& sourceIndex) const;
    // True when rows below the source row are kept: a descendant matches, or the row matches by its raw JSON.
    bool descendantMatches(const QModelIndex& sourceIndex) const;

    // Whether a key or value is a credential, by the one secret policy (SecretPolicy::isSecret).
    static bool looksSecret(const QString& key, const QJsonValue& value);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;

Q_SIGNALS:
    // A prepared filter text took effect (also an empty one, and one equal to the text applied).
    void filterReady();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    struct Needle
    {
        QString text;
        bool pathText = false; // the text can only be found in a whole path
    };
    struct MatchNode;
    struct Search;

    static Needle needleFor(const QString& text);
    static bool contains(const Needle& needle, const QString& text);
    bool contains(const QString& text) const;
    bool rawMatches(const Needle& needle, const QString& key, bool isIndex, qsizetype row, const QJsonValue& value,
        const QString& parentPath, QString* path) const;
    void startSearch(const QString& text);
    bool searchStep(); // false once the walk is done
    void continueSearch();
    void finishSearch();
    const MatchNode* matchNodeFor(const QModelIndex& sourceIndex) const;
    bool withinMatchedBranch(const QModelIndex& sourceIndex) const;
    bool cellMatches(const QModelIndex& sourceIndex) const;
    void clearCaches();
    void onSourceAboutToBeReset();
    void onSourceReset();
    void onSourceDataChanged();

    Needle m_needle; // of the filter applied
    std::unique_ptr<MatchNode> m_matches; // of the filter applied; null when there is none
    std::unique_ptr<Search> m_search; // the walk under way for a prepared text
    std::optional<QString> m_waitingText; // asked for while the model makes its value (JsonTreeModel::prepareJson)
    QTimer m_sliceTimer;
    bool m_matchRendered = false;
    QFont m_highlightFont;
    QColor m_highlightBackground;
    mutable QHash<const void*, const MatchNode*> m_nodeCache;
    mutable QHash<const void*, bool> m_branchCache;
};
