import warnings

import torch

x = torch.tensor([1, 2, 3])
batch = torch.zeros(2, 3, 4)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # 一维向量没有“行”和“列”之分：x.T 还是原来的形状
    print(x.T.shape)
    #> torch.Size([3])
    # 三维张量：.T 把所有维度倒过来，而不是交换最后两维
    print(batch.T.shape)
    #> torch.Size([4, 3, 2])

# PyTorch 为此发出警告：这种用法已被弃用，将来会报错
print(caught[0].category.__name__)
#> UserWarning
print(str(caught[0].message).split(". ")[0])
#> The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will throw an error in a future release

# 这条警告每个进程只发一次：再用一次，什么也没记录到
with warnings.catch_warnings(record=True) as caught_again:
    warnings.simplefilter("always")
    print(batch.T.shape)
    #> torch.Size([4, 3, 2])
print(len(caught_again))
#> 0

# 一批矩阵各自转置用 .mT：只交换最后两维
print(batch.mT.shape)
#> torch.Size([2, 4, 3])
# 要列向量，就明确地变成 (3, 1)
print(x.reshape(3, 1).shape)
#> torch.Size([3, 1])
