import torch

X = torch.tensor([[1.0, 2.0, 3.0],
                  [4.0, 6.0, 8.0],
                  [0.0, 0.0, 9.0]])

# 不加 keepdims 时行均值是形状 (3,) 的向量，右对齐后对到的是列
print(X.mean(axis=1))
#> tensor([2., 6., 3.])
print(X.mean(axis=1).shape)
#> torch.Size([3])

# 加上 keepdims，行均值是 (3, 1) 的一列，每个元素减去自己那一行的均值
row_means = X.mean(axis=1, keepdims=True)
print(row_means.shape)
#> torch.Size([3, 1])
centered = X - row_means
print(centered)
#> tensor([[-1.,  0.,  1.],
#>         [-2.,  0.,  2.],
#>         [-3., -3.,  6.]])
print(centered.mean(axis=1))
#> tensor([0., 0., 0.])
