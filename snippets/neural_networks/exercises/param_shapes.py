import torch
from torch import nn

# nn.Linear 的初始权重是随机的，先固定随机种子
torch.manual_seed(0)
net = nn.Sequential(
    nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 2)
)

# 权重按 (输出, 输入) 存放；ReLU 没有参数，所以序号 1 和 3 不出现
for name, p in net.named_parameters():
    print(name, p.shape)
    #> 0.weight torch.Size([3, 4])
    #> 0.bias torch.Size([3])
    #> 2.weight torch.Size([3, 3])
    #> 2.bias torch.Size([3])
    #> 4.weight torch.Size([2, 3])
    #> 4.bias torch.Size([2])

# 4*3 + 3 + 3*3 + 3 + 3*2 + 2
print(sum(p.numel() for p in net.parameters()))
#> 35

# 批量大小不变，最后一维是最后一层的输出特征数
print(net(torch.randn(10, 4)).shape)
#> torch.Size([10, 2])
