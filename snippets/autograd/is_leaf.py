import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
# y 由 x 算出来，是计算图中间的节点，不是叶子
y = x * x
z = y.sum()
print(x.is_leaf, y.is_leaf, z.is_leaf)
#> True False False

# 中间节点也“需要梯度”，因为梯度要经过它传回 x
print(y.requires_grad)
#> True
