import torch

X = torch.arange(12).reshape(3, 4)
P = X[:, 1:3]
base = X.untyped_storage().data_ptr()

# 加一个长度为 1 的维度：不需要跨过缺口，view 成功，仍是 X 的视图
Q = P.view(3, 1, 2)
print(Q.untyped_storage().data_ptr() == base)
#> True

# reshape(6) 要把三行并成一行：读出 1, 2, 5, 6, 9, 10，只能复制
flat = P.reshape(6)
print(flat)
#> tensor([ 1,  2,  5,  6,  9, 10])
print(flat.untyped_storage().data_ptr() == base)
#> False
