import torch

X = torch.arange(12).reshape(3, 4)
Y = X.T  # 形状 (4, 3)，不连续
print(Y.stride())
#> (1, 4)
print(Y.is_contiguous())
#> False

# 把长度 4、步幅 1 的第 0 维拆成 (2, 2)：步幅 (2, 1) 仍能描述，view 成功
Z = Y.view(2, 2, 3)
print(Z.stride())
#> (2, 1, 4)
print(Z.untyped_storage().data_ptr() == X.untyped_storage().data_ptr())
#> True

# reshape 在这里同样返回视图，不复制
R = Y.reshape(2, 2, 3)
print(R.untyped_storage().data_ptr() == X.untyped_storage().data_ptr())
#> True
